import { openDB, type IDBPDatabase } from 'idb';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type AppDB } from './schema';

let opening: Promise<IDBPDatabase<AppDB>> | undefined;

/** Opens the app's database once per page and shares the connection. */
export function getDB(): Promise<IDBPDatabase<AppDB>> {
  opening ??= open().catch((error: unknown) => {
    opening = undefined; // let a later call try again
    throw error;
  });
  return opening;
}

function open(): Promise<IDBPDatabase<AppDB>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError'));
  }
  return new Promise((resolve, reject) => {
    openDB<AppDB>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion) => migrate(db, oldVersion),
      // Another tab still has the old version open: refuse now rather than hang forever.
      blocked: () => reject(new DOMException('Another tab holds an older database', 'BlockedError')),
      blocking: () => {
        // A newer version of the app wants to upgrade: step aside so it can.
        void opening?.then((db) => db.close());
        opening = undefined;
      },
      terminated: () => {
        opening = undefined;
      },
    }).then(resolve, reject);
  });
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDB(): Promise<void> {
  const pending = opening;
  opening = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
