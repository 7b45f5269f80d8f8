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
 * The local rapid-response line as saved: international form, checked like a contact's number, since
 * 2026-12; before, the digits as typed (7 to 15, maybe a leading +), still read where they were saved.
 */
export const SAVED_LOCAL_LINE = /^\+?\d{7,15}$/;

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
