import { describe, expect, it } from 'vitest';
import { checkPhone, formatPhone } from '../../src/shared/phone';

describe('contact phone numbers', () => {
  it.each([
    ['213-555-0100', '+12135550100'],
    ['(213) 555 0100', '+12135550100'],
    ['+1 213.555.0100', '+12135550100'],
    ['+52 55 1234 5678', '+525512345678'],
    ['011 52 55 1234 5678', '+525512345678'],
    ['+502 2345 6789', '+50223456789'],
  ])('reads %s as %s', (typed, e164) => {
    expect(checkPhone(typed)).toEqual({ ok: true, e164 });
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
});
