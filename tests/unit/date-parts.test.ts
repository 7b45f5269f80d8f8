import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/shared/local-date';
import { dateOrder, readDate, splitDate } from '../../src/features/plan/date-parts';
import { LANGUAGES } from '../../src/i18n/languages';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('date parts', () => {
  it('are asked in the order each language writes dates', async () => {
    const order = async (language: string) =>
      dateOrder((await import(`../../locales/${language}/plan.json`)).default.date.order);
    expect(await order('en')).toEqual(['month', 'day', 'year']);
    expect(await order('es')).toEqual(['day', 'month', 'year']);
    for (const language of LANGUAGES)
      expect([...(await order(language))].sort(), language).toEqual(['day', 'month', 'year']);
  });

  it('a date order that is not the three parts asks the year first', () => {
    expect(dateOrder('mes,día,año')).toEqual(['year', 'month', 'day']);
    expect(dateOrder('[missing: plan.date.order]')).toEqual(['year', 'month', 'day']);
  });

  it('read as a stored YYYY-MM-DD date', () => {
    expect(readDate(parts('14', '3', '1988'))).toEqual({ ok: true, iso: '1988-03-14' });
    expect(readDate(parts('04', '07', '2019'))).toEqual({ ok: true, iso: '2019-07-04' });
    expect(readDate(parts(' 1 ', '1', '1900'))).toEqual({ ok: true, iso: '1900-01-01' });
  });

  it('three empty boxes are no date, which is allowed; a partly filled date is not', () => {
    expect(readDate(parts('', '', ''))).toEqual({ ok: true, iso: '' });
    expect(readDate(parts('14', '', '1988'))).toEqual({
      ok: false,
      problem: { kind: 'incomplete', missing: ['month'] },
    });
  });

  it('refuses days the month does not have, such as 31 February or 29 February 2023', () => {
    expect(readDate(parts('31', '2', '2024'))).toEqual({ ok: false, problem: { kind: 'day', max: 29 } });
    expect(readDate(parts('29', '2', '2023'))).toEqual({ ok: false, problem: { kind: 'day', max: 28 } });
    expect(readDate(parts('29', '2', '2024'))).toEqual({ ok: true, iso: '2024-02-29' });
    expect(readDate(parts('31', '4', '2020'))).toEqual({ ok: false, problem: { kind: 'day', max: 30 } });
    expect(readDate(parts('0', '4', '2020'))).toEqual({ ok: false, problem: { kind: 'day', max: 30 } });
  });

  it('refuses a month that is not 1 to 12, and a year before 1900 or not written in full', () => {
    expect(readDate(parts('14', '13', '1988'))).toEqual({ ok: false, problem: { kind: 'month' } });
    expect(readDate(parts('14', '0', '1988'))).toEqual({ ok: false, problem: { kind: 'month' } });
    expect(readDate(parts('14', 'ma', '1988'))).toEqual({ ok: false, problem: { kind: 'month' } });
    expect(readDate(parts('14', '3', '88'))).toEqual({ ok: false, problem: { kind: 'year' } });
    expect(readDate(parts('14', '3', '1899'))).toEqual({ ok: false, problem: { kind: 'year' } });
  });

  it('refuses a date after the latest one allowed (a birth date in the future)', () => {
    expect(readDate(parts('2', '1', '2031'), '2030-01-01')).toEqual({
      ok: false,
      problem: { kind: 'future' },
    });
    expect(readDate(parts('1', '1', '2030'), '2030-01-01')).toEqual({ ok: true, iso: '2030-01-01' });
  });

  it('split a stored date back into what people type', () => {
    expect(splitDate('1988-03-04')).toEqual(parts('4', '3', '1988'));
    expect(splitDate('')).toEqual(parts('', '', ''));
  });

  it('today is the device calendar day, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
