import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/min';
import { E164, SAVED_LOCAL_LINE } from './stored-phone';

/** Why a typed number cannot be saved; each has its own message beside the field. */
export type PhoneProblem = 'empty' | 'not-a-number' | 'too-short' | 'too-long' | 'invalid';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; problem: PhoneProblem };

/** Numbers without a country code are read as U.S. numbers; numbers abroad start with + or 011. */
const HOME_REGION: CountryCode = 'US';

/**
 * The one rule for a number a person types, a contact's or the local rapid-response line: read as
 * people type it ("(213) 555-0100", "+52 55 1234 5678", "011 52 …") and given in international form
 * (E.164), the way it is stored and dialled. A number that cannot be dialled as typed (too few digits,
 * an area code that does not exist) is refused here, not found out in an emergency.
 */
export function checkPhone(input: string): PhoneCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (!/^[+\d\s().\-/]+$/.test(text)) return { ok: false, problem: 'not-a-number' };
  const length = validatePhoneNumberLength(text, HOME_REGION);
  if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return { ok: false, problem: 'too-short' };
  if (length === 'TOO_LONG') return { ok: false, problem: 'too-long' };
  const parsed = parsePhoneNumberFromString(text, HOME_REGION);
  if (!parsed?.isValid()) return { ok: false, problem: 'invalid' };
  // libphonenumber takes a few numbers of 6 digits in all ("+43 1873"); a stored number has 7 to 15
  // (stored-phone.ts, and the backup file's format), so the rule never gives one storage would refuse.
  if (!E164.test(parsed.number)) return { ok: false, problem: 'too-short' };
  return { ok: true, e164: parsed.number };
}

/** A stored number as people read it: U.S. numbers as "(213) 555-0100", others with their country code. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === HOME_REGION ? parsed.formatNational() : parsed.formatInternational();
}

/** The saved local line, or `undefined` when nothing (or something that is not a number) is saved. */
export function savedLocalLine(saved: string | undefined): string | undefined {
  return saved !== undefined && SAVED_LOCAL_LINE.test(saved) ? saved : undefined;
}

/** A saved local line as people read it, when libphonenumber knows the number; else as saved. */
export function writtenLocalLine(saved: string): string {
  const checked = checkPhone(saved);
  return checked.ok ? formatPhone(checked.e164) : saved;
}

/** Whether two saved numbers ring the same phone: compared in international form where the rule reads them. */
export function samePhone(a: string, b: string): boolean {
  const international = (saved: string) => {
    const checked = checkPhone(saved);
    return checked.ok ? checked.e164 : saved;
  };
  return international(a) === international(b);
}
