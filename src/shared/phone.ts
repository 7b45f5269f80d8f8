import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/min';
import { E164, phoneParts } from './stored-phone';

/** Why a typed number cannot be saved; each has its own message beside the field. */
export type PhoneProblem = 'empty' | 'not-a-number' | 'too-short' | 'too-long' | 'invalid' | 'which-country';

/** `extension`: an office extension typed after the number ("ext. 123", "x123"), digits only. */
export type PhoneCheck =
  { ok: true; e164: string; extension?: string } | { ok: false; problem: PhoneProblem };

/** "… ext. 123", "… ext 123", "… extension 123", "… x123", "… #123" (Spanish "ext." too): up to 10 digits. */
const EXTENSION = /^(.*?\d[\s).]*)(?:ext(?:ension|\.)?|x|#)\s*(\d{1,10})$/i;

/**
 * The countries a 10-digit number typed without a code may belong to. Almost every U.S. number is also
 * a valid Mexican one ("213 555 0100" is both +1 213… and +52 213…; measured with libphonenumber-js's
 * metadata), so where both read it the person is asked which, never guessed for.
 */
export const ASKED_COUNTRIES = ['US', 'MX'] as const;
export type AskedCountry = (typeof ASKED_COUNTRIES)[number];

/** Other numbers without a country code are read as U.S. numbers; numbers abroad start with + or 011. */
const HOME_REGION: AskedCountry = 'US';

/** Whether `input` is a number the U.S. and Mexico would both dial: the person must say which. */
export function needsCountry(input: string): boolean {
  const typed = input.trim();
  const text = EXTENSION.exec(typed)?.[1]?.trim() ?? typed;
  // "+…", "011…" and "1 213…" name their country; only the 10 digits of a national number do not.
  if (!/^[\d\s().\-/]+$/.test(text) || text.replace(/\D/g, '').length !== 10) return false;
  return ASKED_COUNTRIES.every((country) => parsePhoneNumberFromString(text, country)?.isValid() === true);
}

/**
 * The one rule for a number a person types, a contact's or the local rapid-response line: read as
 * people type it ("(213) 555-0100", "+52 55 1234 5678", "011 52 …") and given in international form
 * (E.164), the way it is stored and dialled. A number that cannot be dialled as typed (too few digits,
 * an area code that does not exist) is refused here, not found out in an emergency.
 */
export function checkPhone(input: string, country?: AskedCountry): PhoneCheck {
  const typed = input.trim();
  const extended = EXTENSION.exec(typed);
  const text = extended?.[1]?.trim() ?? typed;
  const extension = extended?.[2];
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^[+\d\s().\-/]+$/.test(text)) return { ok: false, problem: 'not-a-number' };
  // The answer counts only where it was asked; other numbers keep needing their code.
  const asked = needsCountry(text);
  if (asked && country === undefined) return { ok: false, problem: 'which-country' };
  const region = asked && country ? country : HOME_REGION;
  const length = validatePhoneNumberLength(text, region);
  if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return { ok: false, problem: 'too-short' };
  if (length === 'TOO_LONG') return { ok: false, problem: 'too-long' };
  const parsed = parsePhoneNumberFromString(text, region);
  if (!parsed?.isValid()) return { ok: false, problem: 'invalid' };
  // libphonenumber takes a few numbers of 6 digits in all ("+43 1873"); a stored number has 7 to 15
  // (stored-phone.ts, and the backup file's format), so the rule never gives one storage would refuse.
  if (!E164.test(parsed.number)) return { ok: false, problem: 'too-short' };
  return extension ? { ok: true, e164: parsed.number, extension } : { ok: true, e164: parsed.number };
}

/** A stored number as people read it: U.S. numbers as "(213) 555-0100", others with their country code. */
export function formatPhone(stored: string): string {
  const { number, extension } = phoneParts(stored);
  const parsed = parsePhoneNumberFromString(number);
  const written = !parsed
    ? number
    : parsed.country === HOME_REGION
      ? parsed.formatNational()
      : parsed.formatInternational();
  // "ext." reads the same in English and Spanish ("extensión").
  return extension ? `${written} ext. ${extension}` : written;
}

/** The country a saved number rings in (`'US'`, `'MX'`, …), or `undefined` (a number of no one country). */
export function phoneCountry(stored: string): CountryCode | undefined {
  return parsePhoneNumberFromString(phoneParts(stored).number)?.country;
}

/** The answer to "U.S. or Mexico?" a saved number already gives, to fill the question when it is changed. */
export function askedCountryOf(e164: string): AskedCountry | undefined {
  const country = phoneCountry(e164);
  return ASKED_COUNTRIES.find((asked) => asked === country);
}
