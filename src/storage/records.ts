import { announce } from './changes';
import { seal, unseal } from './codec';
import { getDB } from './db';
import { askToKeepData } from './persistence';
import { StorageError } from './result';
import type { StoreName } from './schema';

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
 * Writes all changes in one transaction, or none: each is refused as 'stale' when the stored
 * revision is not the one the change was based on (another tab saved in between).
 * Returns the new revision of every written key.
 */
export async function commit(store: StoreName, changes: Change[]): Promise<Map<string, number>> {
  // Seal first: the codec may be asynchronous, and awaiting it inside the transaction would end it.
  const sealed = await Promise.all(
    changes.map(async (change) => (change.value === undefined ? undefined : seal(change.value))),
  );
  const db = await getDB();
  const tx = db.transaction(store, 'readwrite');
  const revisions = new Map<string, number>();
  try {
    for (const [index, change] of changes.entries()) {
      const current = await tx.store.get(change.key as never);
      if (current?.rev !== change.expectedRev) throw new StorageError('stale');
      const body = sealed[index];
      if (body === undefined) {
        await tx.store.delete(change.key as never);
      } else {
        const rev = (current?.rev ?? 0) + 1;
        await tx.store.put({ rev, body }, change.key as never);
        revisions.set(change.key, rev);
      }
    }
    await tx.done;
  } catch (error) {
    try {
      tx.abort(); // keep the earlier changes of this commit from landing
    } catch {
      // Already ended by the failure itself.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  announce(store);
  void askToKeepData();
  return revisions;
}

/** Writes one record whatever its revision: for values where the last save should win. */
export async function writeLatest(store: StoreName, key: string, value: unknown): Promise<number> {
  const body = await seal(value);
  const db = await getDB();
  const tx = db.transaction(store, 'readwrite');
  const current = await tx.store.get(key as never);
  const rev = (current?.rev ?? 0) + 1;
  await tx.store.put({ rev, body }, key as never);
  await tx.done;
  announce(store);
  void askToKeepData();
  return rev;
}
