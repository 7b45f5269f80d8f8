import { openDB, type IDBPDatabase } from 'idb';
import { reloadAfterDataReset } from '../shared/data-reset';
import { heldKey } from './lock/held-key';
import { migrate } from './migrations';
import { StorageError } from './result';
import { DB_NAME, DB_VERSION, SECOND_DB_NAME, type AppDB } from './schema';

/**
 * Whose records a page reads and writes: the main profile's (no lock, locked, or opened with the main
 * passphrase), or the decoy's (opened with the decoy passphrase). Each has a database of its own with the
 * same stores and migrations, so every store works in both without knowing which (README, "The decoy's
 * profile"). Only this folder knows there are two.
 */
export type Profile = 'main' | 'decoy';

/** The profile this page reads and writes now: the decoy's only while its passphrase opened the page. */
export function profileNow(): Profile {
  return heldKey()?.profile === 'decoy' ? 'decoy' : 'main';
}

/** Each profile's database name: the second one's says nothing of a decoy (every lock has one). */
export function dbName(profile: Profile): string {
  return profile === 'main' ? DB_NAME : SECOND_DB_NAME;
}

const openings = new Map<Profile, Promise<IDBPDatabase<AppDB>>>();

/**
 * Opens the profile's database (the one this page reads now, unless told) once per page and shares the
 * connection. The second database is made only by `openSecondDB` (when a lock is set): found missing here,
 * the lock was removed or everything deleted in another tab, so the read or write is refused as `reset`
 * and the page reloads, and no empty second database is left behind.
 */
export function getDB(profile: Profile = profileNow()): Promise<IDBPDatabase<AppDB>> {
  return connection(profile, profile === 'main');
}

/** The second database, made (empty) if missing: for the lock alone (lock-store.ts). */
export function openSecondDB(): Promise<IDBPDatabase<AppDB>> {
  return connection('decoy', true);
}

function connection(profile: Profile, mayCreate: boolean): Promise<IDBPDatabase<AppDB>> {
  let opening = openings.get(profile);
  if (!opening) {
    opening = open(profile, mayCreate).catch((error: unknown) => {
      openings.delete(profile); // let a later call try again
      throw error;
    });
    openings.set(profile, opening);
  }
  return opening;
}

function open(profile: Profile, mayCreate: boolean): Promise<IDBPDatabase<AppDB>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new DOMException('IndexedDB is not available', 'InvalidStateError'));
  }
  return new Promise((resolve, reject) => {
    let refused = false;
    let missing = false;
    openDB<AppDB>(dbName(profile), DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, transaction) => {
        if (oldVersion === 0 && !mayCreate) {
          // Aborting the first version leaves no database behind.
          missing = true;
          transaction.done.catch(() => undefined);
          transaction.abort();
          return;
        }
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
      blocking: (_version, wanted) => {
        // A newer version of the app wants to upgrade, or the database is being deleted: step aside.
        void openings.get(profile)?.then((db) => db.close());
        openings.delete(profile);
        // The database this page shows deleted by another tab ("Delete all my data"; the decoy's, with the
        // lock removed): what is on screen and the key in memory are going, and a tab that holds on may
        // keep the deletion waiting for hours. The page reloads now, as for a reset found later, so none
        // of it stays on screen meanwhile. (The decoy's database going leaves the main profile as it is.)
        const shown = profile === 'main' || profile === profileNow();
        if (wanted === null && shown && !deletingHere.has(dbName(profile))) reloadAfterDataReset();
      },
      terminated: () => {
        openings.delete(profile);
      },
    }).then(
      (db) => {
        // Opened after all, once the other tab let go: close it, the next call opens afresh.
        if (refused) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        if (!missing) return reject(error);
        reloadAfterDataReset();
        reject(new StorageError('reset'));
      },
    );
  });
}

/** Closes the shared connections (tests, and before deleting a database); `profile` alone if given. */
export async function closeDB(profile?: Profile): Promise<void> {
  for (const [which, pending] of [...openings]) {
    if (profile && which !== profile) continue;
    openings.delete(which);
    (await pending.catch(() => undefined))?.close();
  }
}

/** Databases this page is deleting itself: a connection it opens meanwhile steps aside without a reload. */
const deletingHere = new Set<string>();

/** Deletes a profile's database (closed here first); `BlockedError` after 3 s if another tab holds on. */
export async function deleteDB(profile: Profile): Promise<void> {
  await closeDB(profile);
  const name = dbName(profile);
  deletingHere.add(name);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new DOMException('Delete failed', 'UnknownError'));
    // Other tabs of this app close their connection on request; a tab that does not keeps the
    // delete waiting. Say so rather than hang: the request stays queued and completes as soon as
    // that tab closes, which is what the screen tells the person.
    request.onblocked = () =>
      setTimeout(() => reject(new DOMException('Another tab holds the database', 'BlockedError')), 3000);
  }).finally(() => deletingHere.delete(name));
}
