import { isPractice, type Practice } from './contact-record';
import { readAll, readOne, writeLatest } from './records';
import { attempt, type StorageResult } from './result';
import { STORES } from './schema';
import { watched } from './watched';

const NEVER: Practice = { right: 0, tries: 0, lastTried: '' };

/** How often each contact's number was typed right from memory, by contact id. */
export function loadPractice(): Promise<StorageResult<Map<string, Practice>>> {
  return attempt(async () => {
    const { records } = await readAll(STORES.practice, isPractice);
    return new Map(records.map(({ key, value }) => [key, value]));
  });
}

/** The practice counts, kept current on screen (src/ui/use-stored.ts). */
export const watchedPractice = watched([STORES.practice], loadPractice);

/** Counts one try at typing a contact's number from memory. */
export function recordTry(
  contactId: string,
  right: boolean,
  today: string,
): Promise<StorageResult<Practice>> {
  return attempt(async () => {
    // A damaged record counts as never tried, as the list shows it.
    const stored = await readOne(STORES.practice, contactId, isPractice).catch(() => undefined);
    const before = stored?.value ?? NEVER;
    const after: Practice = {
      right: before.right + (right ? 1 : 0),
      tries: before.tries + 1,
      lastTried: today,
    };
    await writeLatest(STORES.practice, contactId, after);
    return after;
  });
}
