// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reviewIsOld } from '../../src/content/review-age';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import type { LegalLine as LegalLineType } from '../../src/ui/LegalLine';

describe('reviewIsOld', () => {
  it('is fresh for six calendar months, old the day after', () => {
    expect(reviewIsOld('2026-12-05', '2026-12-05')).toBe(false);
    expect(reviewIsOld('2026-12-05', '2027-06-05')).toBe(false);
    expect(reviewIsOld('2026-12-05', '2027-06-06')).toBe(true);
    expect(reviewIsOld('2026-06-15', '2026-12-15')).toBe(false);
    expect(reviewIsOld('2026-06-15', '2026-12-16')).toBe(true);
  });

  it('counts a month that is shorter than the review day to its last day', () => {
    expect(reviewIsOld('2026-08-31', '2027-02-28')).toBe(false);
    expect(reviewIsOld('2026-08-31', '2027-03-01')).toBe(true);
  });

  it('a phone clock set before the review never says old', () => {
    expect(reviewIsOld('2026-12-05', '2020-01-01')).toBe(false);
  });
});

describe('LegalLine', () => {
  let root: HTMLElement;
  let LegalLine: typeof LegalLineType;
  beforeAll(async () => {
    await initI18n('en');
    ({ LegalLine } = await import('../../src/ui/LegalLine')); // adds its strings to the started i18next
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.useRealTimers();
  });

  function show(language: (typeof LANGUAGES)[number], today: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${today}T12:00:00`));
    root = document.body.appendChild(document.createElement('div'));
    const t = i18next.getFixedT(language);
    act(() => {
      render(
        <I18nContext.Provider value={{ language, t, setLanguage: () => Promise.resolve() }}>
          <LegalLine reviewed="2026-12-05" />
        </I18nContext.Provider>,
        root,
      );
    });
    return root.textContent ?? '';
  }

  it.each(LANGUAGES)('in %s, says plainly when the review is over six months old', (language) => {
    const t = i18next.getFixedT(language);
    expect(show(language, '2027-01-10')).not.toContain(t('legal.reviewOld'));
    render(null, root);
    root.remove();
    expect(show(language, '2027-07-10')).toContain(t('legal.reviewOld'));
  });
});
