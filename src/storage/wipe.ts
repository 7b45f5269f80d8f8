import { forgetShownLanguage } from '../shared/shown-language';
import { announce } from './changes';
import { closeDB } from './db';
import { forgetEpoch } from './records';
import { attempt, type StorageResult } from './result';
import { DB_NAME } from './schema';

/**
 * Removes everything the app stored about the person: the whole database, and any key the app
 * keeps in localStorage or sessionStorage, and the language the app last showed. The app's own code stays
 * cached, so it still works offline.
 * Other open tabs close their connection when asked (see `blocking` in db.ts) and reload their data.
 */
export function deleteAllData(): Promise<StorageResult<void>> {
  return attempt(async () => {
    await closeDB();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new DOMException('Delete failed', 'UnknownError'));
      // Other tabs of this app close their connection on request; a tab that does not keeps the
      // delete waiting. Say so rather than hang: the request stays queued and completes as soon as
      // that tab closes, which is what the screen tells the person.
      request.onblocked = () =>
        setTimeout(() => reject(new DOMException('Another tab holds the database', 'BlockedError')), 3000);
    });
    forgetEpoch(); // this page asked for it: what it reads next is the new, empty database
    for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
      try {
        storage?.clear();
      } catch {
        // Storage disabled in this browser mode: then nothing is in it.
      }
    }
    // The language the app last showed, kept in Cache Storage for the worker's first paint.
    await forgetShownLanguage().catch(() => undefined);
    announce('all');
  });
}
