import { describe, expect, it } from 'vitest';
import { checkPhone, formatPhone, needsCountry, phoneCountry } from '../../src/shared/phone';
import { dialString } from '../../src/shared/stored-phone';

describe('contact phone numbers', () => {
  it.each([
    // A 10-digit number the U.S. and Mexico could both dial: the person answered "U.S.".
    ['213-555-0100', 'US', '+12135550100'],
    ['(213) 555 0100', 'US', '+12135550100'],
    ['+1 213.555.0100', undefined, '+12135550100'],
    ['+52 55 1234 5678', undefined, '+525512345678'],
    ['011 52 55 1234 5678', undefined, '+525512345678'],
    ['+502 2345 6789', undefined, '+50223456789'],
  ] as const)('reads %s (asked: %s) as %s', (typed, country, e164) => {
    expect(checkPhone(typed, country)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['call Ana', 'not-a-number'],
    ['<img src=x onerror=alert(1)>', 'not-a-number'],
    ['123', 'too-short'],
    ['12345678901234567', 'too-long'],
    ['000 000 0000', 'invalid'],
    ['+1 999 555 0100', 'invalid'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(checkPhone(typed)).toEqual({ ok: false, problem });
  });

  it('shows U.S. numbers the U.S. way and others with their country code', () => {
    expect(formatPhone('+12135550100')).toBe('(213) 555-0100');
    expect(formatPhone('+525512345678')).toBe('+52 55 1234 5678');
  });

  it('asks "U.S. or Mexico?" for a 10-digit number both could dial, and saves the answer', () => {
    // Before: saved as +1 55…, and the memory drill trained a number that rings no one.
    expect(checkPhone('55 1234 5678')).toEqual({ ok: false, problem: 'which-country' });
    expect(checkPhone('(213) 555-0100')).toEqual({ ok: false, problem: 'which-country' });
    expect(checkPhone('55 1234 5678', 'MX')).toEqual({ ok: true, e164: '+525512345678' });
    expect(checkPhone('5512345678', 'US')).toEqual({ ok: true, e164: '+15512345678' });
    expect(phoneCountry('+525512345678')).toBe('MX');
  });

  it.each([
    ['+52 55 1234 5678', '+525512345678'],
    ['011 52 55 1234 5678', '+525512345678'],
    ['1 213 555 0100', '+12135550100'],
    ['+1 213 555 0100', '+12135550100'],
  ])('does not ask for %s, which names its country', (typed, e164) => {
    expect(needsCountry(typed)).toBe(false);
    expect(checkPhone(typed)).toEqual({ ok: true, e164 });
    expect(checkPhone(typed, 'MX')).toEqual({ ok: true, e164 });
  });

  it('keeps asking other countries for their code: a number only Mexico has is refused, as before', () => {
    // 81… is Monterrey, and no U.S. area code: the answer is asked only where both read the number.
    expect(needsCountry('81 1234 5678')).toBe(false);
    expect(checkPhone('81 1234 5678')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkPhone('81 1234 5678', 'MX')).toEqual({ ok: false, problem: 'invalid' });
  });

  it.each([
    ['+1 213 555 0100 ext. 123', undefined],
    ['+1 (213) 555-0100 x123', undefined],
    ['213-555-0100 ext 123', 'US'],
    ['(213) 555-0100 extension 4567', 'US'],
    ['+52 55 1234 5678 ext. 123', undefined],
  ] as const)('takes the office extension of %s (refused before)', (typed, country) => {
    const checked = checkPhone(typed, country);
    expect(checked).toMatchObject({ ok: true, extension: expect.stringMatching(/^\d+$/) });
  });

  it('shows an extension after the number and dials it after a pause (a comma)', () => {
    expect(checkPhone('+1 213 555 0100 ext. 123')).toEqual({
      ok: true,
      e164: '+12135550100',
      extension: '123',
    });
    expect(formatPhone('+12135550100;ext=123')).toBe('(213) 555-0100 ext. 123');
    expect(dialString('+12135550100;ext=123')).toBe('+12135550100,123');
    expect(dialString('+12135550100')).toBe('+12135550100');
    expect(checkPhone('213 555 0100 ext.')).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it.each([
    ['213 555 0100 extensión 123', '123'],
    ['213 555 0100 EXTENSIÓN 123', '123'],
    ['(213) 555-0100, ext. 123', '123'],
    ['(213) 555-0100, x123', '123'],
    ['213-555-0100 ext: 123', '123'],
    ['213-555-0100, extension: 4567', '4567'],
    ['213-555-0100 ext.123', '123'],
    ['213-555-0100 # 89', '89'],
  ])('takes the office extension of %s as people write it, in English or Spanish', (typed, extension) => {
    expect(checkPhone(typed, 'US')).toEqual({ ok: true, e164: '+12135550100', extension });
  });

  it.each([
    '213 555 0100 ext ext 123',
    '213 555 0100,, ext 123',
    '213 555 0100 ext 12a',
    '213 555 0100 extn 123',
    '213 555 0100 123',
    '213 555 0100, 123',
    '213 555 0100 ext 12345678901',
    '213 555 0100 : 123',
  ])('refuses %s: no number and extension a person would write', (typed) => {
    expect(checkPhone(typed, 'US')).toMatchObject({ ok: false });
  });
});
