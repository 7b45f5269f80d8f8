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
    let refused = false;
    openDB<AppDB>(DB_NAME, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, transaction) => {
        // A step that fails after an await would otherwise leave the upgrade committed half done (one
        // record migrated, the next unreadable for good): abort it all; the phone keeps the old version.
        migrate(db, oldVersion, transaction).catch(() => {
          transaction.done.catch(() => undefined); // the open itself rejects, and says so
          transaction.abort();
        });
      },
      // Another tab still has the old version open: refuse now rather than hang forever.
      blocked: () => {
        refused = true;
        reject(new DOMException('Another tab holds an older database', 'BlockedError'));
      },
      blocking: () => {
        // A newer version of the app wants to upgrade: step aside so it can.
        void opening?.then((db) => db.close());
        opening = undefined;
      },
      terminated: () => {
        opening = undefined;
      },
    }).then((db) => {
      // Opened after all, once the other tab let go: close it, the next call opens afresh.
      if (refused) db.close();
      else resolve(db);
    }, reject);
  });
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDB(): Promise<void> {
  const pending = opening;
  opening = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}
