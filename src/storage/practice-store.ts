import { isPractice, type Practice } from './contact-record';
import { readAll, readOne } from './read-records';
import { writeLatest } from './records';
import { attempt, toProblem, type StorageResult } from './result';
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
    // A damaged record counts as never tried, as the list shows it; any other failure is said.
    const stored = await readOne(STORES.practice, contactId, isPractice).catch((error: unknown) => {
      if (toProblem(error) === 'invalid') return undefined;
      throw error;
    });
    const before = stored?.value ?? NEVER;
    const after: Practice = {
      right: before.right + (right ? 1 : 0),
      tries: before.tries + 1,
      lastTried: today,
    };
    // Only while the contact exists: one deleted in another tab leaves no count behind ('stale').
    await writeLatest(STORES.practice, contactId, after, { store: STORES.contacts, key: contactId });
    return after;
  });
}
