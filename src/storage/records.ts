// Writing records: one queue per store, each write checked against revision, epoch, shape and lock.
import type { IDBPTransaction, StoreNames } from 'idb';
import { announce, type ChangedStore } from './changes';
import { isPhoneWide, seal, type Place, type Sealed } from './codec';
import { getDB, profileNow, type Profile } from './db';
import { adoptEpoch, checkEpoch } from './epoch';
import { askToKeepData } from './persistence';
import { fitsLock, lockOnDisk, type DiskLock } from './lock/disk-lock';
import { dropSeal, isDropped, readDropBox } from './lock/drop-box';
import { isNewer, profileOf, readRows } from './read-records';
import { StorageError } from './result';
import { DROP_BOX_STORES, META, RECORD_SHAPES, type AppDB, type StoreName, type Stored } from './schema';

/**
 * One change in a commit: `value` undefined deletes. `expectedRev`: the revision the change was based
 * on, `undefined` for "must be new", or 'any' for a delete whatever the revision (a dependent record).
 */
export interface Change {
  key: string;
  value?: unknown;
  expectedRev: number | undefined | 'any';
  /** Another store than the commit's own, for a dependent record changed in the same transaction. */
  store?: StoreName;
}

/** The row a store keeps for a sealed record (`src/storage/README.md`, "How a record sits on disk"). */
export function storedRow(store: StoreName, rev: number, body: Sealed): Stored {
  return { rev, shape: RECORD_SHAPES[store], body };
}

/** The lock on disk as each write transaction found it at its start (`queued`). */
const diskLocks = new WeakMap<object, DiskLock>();

/**
 * Puts a sealed record in `tx` (made by `inOneTransaction` or `commit`), refused as `locked` unless its
 * seal fits the lock on disk: a personal record is encrypted under the lock that is set, and plain only
 * with none. So a page that has not heard of a lock set (or removed) in another tab writes nothing in the
 * wrong form; the codec alone could not know.
 */
export async function putRow<S extends StoreNames<AppDB>[]>(
  tx: IDBPTransaction<AppDB, S, 'readwrite'>,
  place: Place & { store: StoreName },
  rev: number,
  body: Sealed,
): Promise<void> {
  const lock = diskLocks.get(tx);
  if (lock === undefined || !fitsLock(lock, place, body)) throw new StorageError('locked');
  const records = (tx as unknown as WriteTx).objectStore(place.store);
  await records.put(storedRow(place.store, rev, body), place.key as never);
}

type Tx = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'readonly' | 'readwrite'>;
type WriteTx = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'readwrite'>;

/*
 * The write queue. Per store: settles once the latest write queued on it has created its transaction
 * (or given up). IndexedDB runs read-write transactions over the same store in the order they were
 * created, so creating them in the order the writes were asked for keeps writes in order even when
 * the codec takes longer to seal one than the next. Sealing still runs at once, in parallel.
 */
const queues = new Map<`${Profile}/${StoreName}`, Promise<void>>();

async function queued<const S extends readonly StoreName[], P, T>(
  profile: Profile,
  stores: S,
  sealing: Promise<P>,
  changed: ChangedStore,
  work: (tx: IDBPTransaction<AppDB, [...S, typeof META], 'readwrite'>, sealed: P) => Promise<T>,
): Promise<T> {
  const before = Promise.all(stores.map((store) => queues.get(`${profile}/${store}`)));
  let created = () => {};
  const mine = new Promise<void>((resolve) => (created = resolve));
  for (const store of stores) queues.set(`${profile}/${store}`, mine);
  sealing.catch(() => undefined); // awaited below, after the writes before it
  let result: T;
  let tx: IDBPTransaction<AppDB, [...S, typeof META], 'readwrite'> | undefined;
  try {
    await before;
    const sealed = await sealing;
    const db = await getDB(profile);
    tx = db.transaction([...stores, META], 'readwrite');
    created();
    await checkEpoch(tx as unknown as Tx, profile);
    diskLocks.set(tx, await lockOnDisk(tx));
    result = await work(tx, sealed);
    await tx.done;
  } catch (error) {
    created();
    try {
      tx?.abort(); // keep what `work` already wrote from landing
    } catch {
      // Already ended by the failure itself.
    }
    await tx?.done.catch(() => undefined);
    throw error;
  }
  adoptEpoch(tx, profile);
  announce(changed);
  void askToKeepData();
  return result;
}

/**
 * Runs `work` in one read-write transaction over `stores` of the profile's database (this page's now,
 * unless told), after every write already queued on them:
 * all of it lands, or (on any failure, such as a full device, a stale revision or a database that was
 * reset) none of it. Then tells the other tabs what `changed`, and asks the browser to keep the data.
 * Seal values before: only IndexedDB may be awaited inside `work`.
 */
export function inOneTransaction<const S extends readonly StoreName[], T>(
  stores: S,
  changed: ChangedStore,
  work: (tx: IDBPTransaction<AppDB, [...S, typeof META], 'readwrite'>) => Promise<T>,
  profile: Profile = profileNow(),
): Promise<T> {
  return queued(profile, stores, Promise.resolve(), changed, (tx) => work(tx));
}

/**
 * Writes all changes in one transaction, or none: each is refused as 'stale' when the stored
 * revision is not the one the change was based on (another tab saved in between), and as 'newer'
 * when a newer version of the app wrote the record. Returns the new revision of every written key.
 */
export function commit(store: StoreName, changes: Change[]): Promise<Map<string, number>> {
  const stores = [...new Set([store, ...changes.map((change) => change.store ?? store)])];
  // Sealed before the transaction: the codec may be asynchronous, and awaiting it inside would end it.
  const sealing = Promise.all(
    changes.map(async (change) =>
      change.value === undefined
        ? undefined
        : seal(change.value, { store: change.store ?? store, key: change.key }),
    ),
  );
  // The phone's own plain settings alone go to the main database; anything else to the profile's.
  const places = changes.map((change) => ({ store: change.store ?? store, key: change.key }));
  const profile = places.length > 0 && places.every((place) => isPhoneWide(place)) ? 'main' : profileNow();
  return queued(profile, stores, sealing, store, async (tx, sealed) => {
    const revisions = new Map<string, number>();
    for (const [index, change] of changes.entries()) {
      const target = change.store ?? store;
      const records = tx.objectStore(target);
      const current = await records.get(change.key as never);
      if (isNewer(target, current)) throw new StorageError('newer');
      if (change.expectedRev !== 'any' && current?.rev !== change.expectedRev)
        throw new StorageError('stale');
      const body = sealed[index];
      if (body === undefined) {
        if (current) await records.delete(change.key as never);
      } else {
        const rev = (current?.rev ?? 0) + 1;
        await putRow(tx, { store: target, key: change.key }, rev, body);
        revisions.set(change.key, rev);
      }
    }
    return revisions;
  });
}

/**
 * Writes one record whatever its revision: for values where the last save should win. With `requires`,
 * only while that record exists, checked in the same transaction (else 'stale': it was deleted).
 */
export function writeLatest(
  store: StoreName,
  key: string,
  value: unknown,
  requires?: { store: StoreName; key: string },
): Promise<number> {
  const stores = requires ? [store, requires.store] : [store];
  return queued(profileOf({ store, key }), stores, seal(value, { store, key }), store, async (tx, body) => {
    if (requires && (await tx.objectStore(requires.store).getKey(requires.key as never)) === undefined)
      throw new StorageError('stale');
    const records = tx.objectStore(store);
    const current = await records.get(key as never);
    if (isNewer(store, current)) throw new StorageError('newer');
    const rev = (current?.rev ?? 0) + 1;
    await putRow(tx, { store, key }, rev, body);
    return rev;
  });
}

/** Records this page saved to the drop box: while locked it may save them again, and no others. */
const droppedHere = new Set<string>();

/**
 * Saves a record without the data key, sealed to the lock's drop box (lock/drop-box.ts): a new incident
 * record or photo while the app is locked. Only in `DROP_BOX_STORES`, only a new key or one this page
 * dropped itself (nothing stored can be overwritten unread), refused as 'stale' like any write when
 * `expectedRev` is not the stored revision, or `requires` is gone. Nothing written here can be read
 * back until the passphrase is entered.
 */
export function writeDropped(
  store: StoreName,
  key: string,
  value: unknown,
  expectedRev: number | undefined,
  requires?: { store: StoreName; key: string },
): Promise<number> {
  const place = { store, key };
  const sealing = (async () => {
    const box = readDropBox((await readRows([])).dropBox);
    if (!box || !DROP_BOX_STORES.includes(store)) throw new StorageError('locked');
    return dropSeal(box, place, value);
  })();
  const stores = requires ? [store, requires.store] : [store];
  // The drop box is the main profile's (the lock's): with no key held, that is the database in use.
  return queued('main', stores, sealing, store, async (tx, body) => {
    if (requires && (await tx.objectStore(requires.store).getKey(requires.key as never)) === undefined)
      throw new StorageError('stale');
    const current = await tx.objectStore(store).get(key as never);
    if (current && !(isDropped(current.body) && droppedHere.has(`${store}/${key}`)))
      throw new StorageError('locked');
    if (current?.rev !== expectedRev) throw new StorageError('stale');
    const rev = (current?.rev ?? 0) + 1;
    await putRow(tx, place, rev, body);
    droppedHere.add(`${store}/${key}`);
    return rev;
  });
}
