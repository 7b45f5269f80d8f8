/*
 * What a saved phone number looks like, checked without libphonenumber. Storage and the backup file
 * check these shapes: the home screen loads storage's code, and must not load the phone metadata
 * (30 kB gzipped). Every number `checkPhone` (phone.ts) gives fits them; tests/unit/phone-rules.test.ts
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
