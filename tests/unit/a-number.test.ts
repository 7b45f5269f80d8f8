import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { formatANumber, readANumber } from '../../src/features/plan/a-number';
import { PersonSchema } from '../../src/storage/plan-record';

describe('A-number', () => {
  it('reads the ways people write it and keeps the digits only', () => {
    for (const typed of [
      'A123456789',
      'a-123-456-789',
      'A 123 456 789',
      '123456789',
      ' 123-456-789 ',
      'A#123456789',
    ]) {
      expect(readANumber(typed), typed).toEqual({ ok: true, digits: '123456789' });
    }
    expect(readANumber('A12345678')).toEqual({ ok: true, digits: '12345678' });
    expect(readANumber('A–012–345–678')).toEqual({ ok: true, digits: '012345678' }); // en dashes, pasted
  });

  it('an empty box is no A-number, which is allowed', () => {
    expect(readANumber('')).toEqual({ ok: true, digits: '' });
    expect(readANumber('   ')).toEqual({ ok: true, digits: '' });
  });

  it('refuses too few or too many digits, and letters other than a leading A', () => {
    expect(readANumber('1234567')).toEqual({ ok: false, problem: 'length' });
    expect(readANumber('A-1234-567-890')).toEqual({ ok: false, problem: 'length' });
    expect(readANumber('A')).toEqual({ ok: false, problem: 'length' });
    expect(readANumber('B123456789')).toEqual({ ok: false, problem: 'characters' });
    expect(readANumber('12345678O')).toEqual({ ok: false, problem: 'characters' });
    expect(readANumber('AA12345678')).toEqual({ ok: false, problem: 'characters' });
  });

  it('what it reads always fits the stored schema', () => {
    for (const typed of ['A-123-456-789', '12345678', '']) {
      const read = readANumber(typed);
      if (!read.ok) throw new Error(typed);
      const person = {
        id: 'p',
        fullName: '',
        dateOfBirth: '',
        countryOfBirth: '',
        aNumber: read.digits,
        isChild: false,
        medicines: '',
        allergies: '',
        doctor: '',
        school: '',
      };
      expect(v.safeParse(PersonSchema, person).success, typed).toBe(true);
    }
  });

  it('is shown as A-123-456-789, an 8-digit number with the leading zero the locator needs', () => {
    expect(formatANumber('123456789')).toBe('A-123-456-789');
    expect(formatANumber('12345678')).toBe('A-012-345-678');
    expect(formatANumber('')).toBe('');
  });

  it('a shown number reads back as the same digits', () => {
    expect(readANumber(formatANumber('987654321'))).toEqual({ ok: true, digits: '987654321' });
    expect(readANumber(formatANumber('12345678'))).toEqual({ ok: true, digits: '012345678' });
  });
});
