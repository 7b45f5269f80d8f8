/*
 * What a saved phone number looks like, checked without libphonenumber. Storage and the backup file
 * check these shapes: the home screen loads storage's code, and must not load the phone metadata
 * (15 kB gzipped). Every number `checkPhone` (phone.ts) gives fits them; tests/unit/phone-rules.test.ts
 * keeps it so. Only the shape, not whether the number exists: that answer is libphonenumber's, and
 * changes with its releases, and a number saved on one phone (or in a file brought from another
 * phone with another release of the app) must never become unreadable.
 */

/** A contact's number: international form (E.164), a plus and 7 to 15 digits, never starting with 0. */
export const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The local rapid-response line as a setting held it until database version 6 (and backup files still
 * may): international form since 2026-12; before, the digits as typed (7 to 15, maybe a leading +).
 */
export const SAVED_LOCAL_LINE = /^\+?\d{7,15}$/;

/**
 * A local line saved as a setting, in the form a contact's number is stored in, or `undefined` when its
 * digits do not say which number it is. Without libphonenumber (storage's code must not load it), by the
 * rule the app dialled it by: digits without a code are a U.S. number. Ten digits get +1; "1" and ten,
 * or "011" and a number, are already international; 7 to 9 digits (no area code) or a long number with no
 * code cannot be told, and are not guessed.
 */
export function localLineAsStored(saved: string): string | undefined {
  if (E164.test(saved)) return saved;
  const international = /^\d{10}$/.test(saved)
    ? `+1${saved}`
    : /^1\d{10}$/.test(saved)
      ? `+${saved}`
      : saved.startsWith('011')
        ? `+${saved.slice(3)}`
        : undefined;
  return international !== undefined && E164.test(international) ? international : undefined;
}

/**
 * A contact's number as stored since 2026-12: E.164, maybe with an office extension in the form of
 * RFC 3966 (`+12135550100;ext=123`). Rows with an extension are contacts shape 2 (`RECORD_SHAPES`).
 */
export const STORED_PHONE = /^\+[1-9]\d{6,14}(?:;ext=\d{1,10})?$/;

/** A stored number's two parts: the number (E.164) and its extension, if any. */
export function phoneParts(stored: string): { number: string; extension: string | undefined } {
  const [number = stored, extension] = stored.split(';ext=');
  return { number, extension };
}

/** A stored number with its extension, as storage keeps it. */
export function withExtension(e164: string, extension: string | undefined): string {
  return extension ? `${e164};ext=${extension}` : e164;
}

/**
 * What a phone dials: the extension after a comma, a pause of about 2 s (Android's
 * `PhoneNumberUtils.PAUSE`; iPhone pauses too). Not RFC 3966's `;ext=`: Android's dialer reads its
 * letters as keypad digits (sends "396123"), and iPhone shows a bare "Dial ext=…" to tap. Not `;`
 * ("wait"): both phones then stop and ask before sending the digits.
 */
export function dialString(stored: string): string {
  const { number, extension } = phoneParts(stored);
  return extension ? `${number},${extension}` : number;
}
