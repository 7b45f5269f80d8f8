import * as v from 'valibot';

/**
 * The mark on a stored record that a backup file brought in (a contact, a plan section, a setting):
 * the screens show it until the person saves the record themselves, since a file may come from
 * someone else. A save from a form writes the record without it. It is never written into a file.
 */
export const FROM_FILE = v.optional(v.literal(true));

/** A record without the mark, as a backup file holds it. */
export function withoutMark<T extends { fromFile?: true | undefined }>(record: T): Omit<T, 'fromFile'> {
  const { fromFile, ...rest } = record;
  void fromFile;
  return rest;
}
