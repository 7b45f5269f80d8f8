import type { IDBPTransaction } from 'idb';
import { announce, type ChangedStore } from './changes';
import { seal, unseal } from './codec';
import { getDB } from './db';
import { askToKeepData } from './persistence';
import { StorageError } from './result';
import type { AppDB, StoreName } from './schema';

/** A record as the app sees it: its key, the revision it was read at, and its checked value. */
export interface Versioned<T> {
  key: string;
  rev: number;
  value: T;
}

/** One change in a commit: `value` undefined deletes; `expectedRev` undefined means "must be new". */
export interface Change {
  key: string;
  value?: unknown;
  expectedRev: number | undefined;
}

/** Reads every record of a store. Records that fail `check` are counted, never shown half-read. */
export async function readAll<T>(
  store: StoreName,
  check: (value: unknown) => value is T,
): Promise<{ records: Versioned<T>[]; unreadable: number }> {
  const db = await getDB();
  const tx = db.transaction(store);
  const [keys, rows] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const records: Versioned<T>[] = [];
  let unreadable = 0;
  for (const [index, row] of rows.entries()) {
    const value = await unseal(row.body).catch(() => undefined);
    if (check(value)) records.push({ key: String(keys[index]), rev: row.rev, value });
    else unreadable += 1;
  }
  return { records, unreadable };
}

/** Reads one record; `undefined` when there is none, a `StorageError('invalid')` when it is damaged. */
export async function readOne<T>(
  store: StoreName,
  key: string,
  check: (value: unknown) => value is T,
): Promise<Versioned<T> | undefined> {
  const db = await getDB();
  const row = await db.get(store, key as never);
  if (!row) return undefined;
  const value = await unseal(row.body);
  if (!check(value)) throw new StorageError('invalid');
  return { key, rev: row.rev, value };
}

/**
 * Runs `work` in one read-write transaction over `stores`: all of it lands, or (on any failure, such
 * as a full device or a stale revision) none of it. Then tells the other tabs what `changed`, and asks
 * the browser to keep the data. Seal values before: only IndexedDB may be awaited inside `work`.
 */
export async function inOneTransaction<const S extends readonly StoreName[], T>(
  stores: S,
  changed: ChangedStore,
  work: (tx: IDBPTransaction<AppDB, S, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const db = await getDB();
  const tx = db.transaction(stores, 'readwrite');
  let result: T;
  try {
    result = await work(tx);
    await tx.done;
  } catch (error) {
    try {
      tx.abort(); // keep what `work` already wrote from landing
    } catch {
      // Already ended by the failure itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  announce(changed);
  void askToKeepData();
  return result;
}

/**
 * Writes all changes in one transaction, or none: each is refused as 'stale' when the stored
 * revision is not the one the change was based on (another tab saved in between).
 * Returns the new revision of every written key.
 */
export async function commit(store: StoreName, changes: Change[]): Promise<Map<string, number>> {
  // Seal first: the codec may be asynchronous, and awaiting it inside the transaction would end it.
  const sealed = await Promise.all(
    changes.map(async (change) => (change.value === undefined ? undefined : seal(change.value))),
  );
  return inOneTransaction([store], store, async (tx) => {
    const records = tx.objectStore(store);
    const revisions = new Map<string, number>();
    for (const [index, change] of changes.entries()) {
      const current = await records.get(change.key as never);
      if (current?.rev !== change.expectedRev) throw new StorageError('stale');
      const body = sealed[index];
      if (body === undefined) {
        await records.delete(change.key as never);
      } else {
        const rev = (current?.rev ?? 0) + 1;
        await records.put({ rev, body }, change.key as never);
        revisions.set(change.key, rev);
      }
    }
    return revisions;
  });
}

/** Writes one record whatever its revision: for values where the last save should win. */
export async function writeLatest(store: StoreName, key: string, value: unknown): Promise<number> {
  const body = await seal(value);
  return inOneTransaction([store], store, async (tx) => {
    const records = tx.objectStore(store);
    const rev = ((await records.get(key as never))?.rev ?? 0) + 1;
    await records.put({ rev, body }, key as never);
    return rev;
  });
}
