import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core/es6';
import shipped from './phone-metadata.json';
import { E164, phoneParts } from './stored-phone';

/*
 * libphonenumber's metadata for the countries the app's families call most, not every country's
 * (build/phone-metadata.ts says which, and writes phone-metadata.json), and the library's ES2015 build,
 * without the helpers its default one carries for older browsers: the phone chunk is 14.7 KB gzipped,
 * 29.7 before. A number from any other country is still taken, by its calling code and its length
 * (`checkElsewhere`).
 */
const METADATA = shipped.metadata as unknown as MetadataJson;

/** Each other calling code: its national numbers' lengths, its country (when it is one alone), 1 when a 0 after the code is the trunk prefix. */
const ELSEWHERE: Readonly<Record<string, readonly [number, number, string, number]>> =
  shipped.elsewhere as never;

const parse = (text: string, region?: CountryCode) =>
  region ? parsePhoneNumberFromString(text, region, METADATA) : parsePhoneNumberFromString(text, METADATA);

/** Why a typed number cannot be saved; each has its own message beside the field. */
export type PhoneProblem = 'empty' | 'not-a-number' | 'too-short' | 'too-long' | 'invalid' | 'which-country';

/** `extension`: an office extension typed after the number ("ext. 123", "x123"), digits only. */
export type PhoneCheck =
  { ok: true; e164: string; extension?: string } | { ok: false; problem: PhoneProblem };

/**
 * An office extension after the number, up to 10 digits: "ext. 123", "ext: 123", "extension 123",
 * "extensión 123" (Spanish), "x123", "#123", with or without a comma before ("(213) 555-0100, ext. 123").
 * One word and one comma at most: anything else after the number is still refused.
 */
const EXTENSION = /^(.*?\d[\s).]*),?\s*(?:ext(?:ensi[oó]n)?[.:]?|x|#)\s*(\d{1,10})$/i;

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
  return ASKED_COUNTRIES.every((country) => parse(text, country)?.isValid() === true);
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
  const checked = checkElsewhere(text) ?? checkKnown(text, region);
  // A few countries have numbers of 6 digits in all ("+43 1873"); a stored number has 7 to 15
  // (stored-phone.ts, and the backup file's format), so the rule never gives one storage would refuse.
  if (checked.ok && !E164.test(checked.e164)) return { ok: false, problem: 'too-short' };
  return checked.ok && extension ? { ...checked, extension } : checked;
}

/** A number of a country whose metadata the app ships, checked by libphonenumber. */
function checkKnown(text: string, region: CountryCode): PhoneCheck {
  const length = validatePhoneNumberLength(text, region, METADATA);
  if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return { ok: false, problem: 'too-short' };
  if (length === 'TOO_LONG') return { ok: false, problem: 'too-long' };
  const parsed = parse(text, region);
  if (!parsed?.isValid()) return { ok: false, problem: 'invalid' };
  return { ok: true, e164: parsed.number };
}

/**
 * A number abroad ("+49 30 1234567", "011 81 90 1234 5678") whose country's metadata the app does
 * not ship: taken when its calling code exists and its length is one that country's numbers have. So
 * a family's number in Germany or Japan can always be saved and dialled, only checked less closely.
 * `undefined` when the number is not one of those (libphonenumber's to judge).
 */
function checkElsewhere(text: string): PhoneCheck | undefined {
  // "+44 (0)20 …": the 0 in brackets is dialled only from inside the country.
  const digits = text.replace(/\(0\)/, '').replace(/\D/g, '');
  const international = text.startsWith('+') ? digits : /^011/.test(digits) ? digits.slice(3) : '';
  const abroad = elsewhere(international);
  if (!abroad) return undefined;
  const { code, shortest, longest, trunkZero } = abroad;
  // "+49 030 …", as people copy it from a German card: libphonenumber drops that 0 too.
  const national = trunkZero && abroad.national.startsWith('0') ? abroad.national.slice(1) : abroad.national;
  if (national.length < shortest) return { ok: false, problem: 'too-short' };
  if (national.length > longest) return { ok: false, problem: 'too-long' };
  return { ok: true, e164: `+${code}${national}` };
}

/**
 * The digits of a number after its + (or 011), split after the calling code when it is one of the
 * countries `ELSEWHERE` lists. Codes are 1 to 3 digits long, and none is the start of another.
 */
function elsewhere(international: string) {
  for (const size of [1, 2, 3]) {
    const code = international.slice(0, size);
    const data = Object.hasOwn(ELSEWHERE, code) ? ELSEWHERE[code] : undefined;
    if (!data) continue;
    const [shortest, longest, country, trunkZero] = data;
    return { code, national: international.slice(size), shortest, longest, country, trunkZero } as const;
  }
  return undefined;
}

/** A stored number as people read it: U.S. numbers as "(213) 555-0100", others with their country code. */
export function formatPhone(stored: string): string {
  const { number, extension } = phoneParts(stored);
  const parsed = parse(number);
  const abroad = !parsed && number.startsWith('+') ? elsewhere(number.slice(1)) : undefined;
  const written = parsed
    ? parsed.country === HOME_REGION
      ? parsed.formatNational()
      : parsed.formatInternational()
    : abroad
      ? `+${abroad.code} ${abroad.national}` // no groups: the app does not know that country's
      : number;
  // "ext." reads the same in English and Spanish ("extensión").
  return extension ? `${written} ext. ${extension}` : written;
}

/** The country a saved number rings in (`'US'`, `'MX'`, …), or `undefined` (a number of no one country). */
export function phoneCountry(stored: string): CountryCode | undefined {
  const { number } = phoneParts(stored);
  const parsed = parse(number);
  if (parsed || !number.startsWith('+')) return parsed?.country;
  // A code of one country alone ("+49": Germany); "+44" is also Jersey's and the Isle of Man's: none.
  return (elsewhere(number.slice(1))?.country as CountryCode | undefined) || undefined;
}

/** The answer to "U.S. or Mexico?" a saved number already gives, to fill the question when it is changed. */
export function askedCountryOf(e164: string): AskedCountry | undefined {
  const country = phoneCountry(e164);
  return ASKED_COUNTRIES.find((asked) => asked === country);
}
