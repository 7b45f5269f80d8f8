// Reading records: through the codec, after the epoch check, refused whole when a newer app wrote them.
import { isPhoneWide, unseal, type Place } from './codec';
import { getDB, profileNow, type Profile } from './db';
import { checkEpoch } from './epoch';
import { StorageError } from './result';
import { DROP_BOX_KEY, KEY_SLOTS_KEY, META, RECORD_SHAPES, type StoreName, type Stored } from './schema';

/** A record as the app sees it: its key, the revision it was read at, and its checked value. */
export interface Versioned<T> {
  key: string;
  rev: number;
  value: T;
}

/** A row written by a newer version of the app, in a shape this version cannot read or keep. */
export function isNewer(store: StoreName, row: Stored | undefined): boolean {
  return (row?.shape ?? 1) > RECORD_SHAPES[store];
}

/** The database a record lives in: the phone's own plain settings in the main one, the rest the profile's. */
export function profileOf(place: Place): Profile {
  return isPhoneWide(place) ? 'main' : profileNow();
}

/** One stored row and where it is. */
export interface PlacedRow {
  store: StoreName;
  key: string;
  row: Stored;
}

/**
 * Every row of `stores` in the main database as stored (sealed), and the key slots (unchecked), read in one
 * transaction after the epoch check: the lock's snapshot (lock/reseal.ts, lock-store.ts).
 */
export async function readRows(
  stores: readonly StoreName[],
): Promise<{ rows: PlacedRow[]; keySlots: unknown; dropBox: unknown }> {
  const db = await getDB('main');
  const tx = db.transaction([...stores, META]);
  const [, keySlots, dropBox, ...perStore] = await Promise.all([
    checkEpoch(tx, 'main'),
    tx.objectStore(META).get(KEY_SLOTS_KEY),
    tx.objectStore(META).get(DROP_BOX_KEY),
    ...stores.map(async (store) => {
      const [keys, rows] = await Promise.all([
        tx.objectStore(store).getAllKeys(),
        tx.objectStore(store).getAll(),
      ]);
      return rows.map((row, index) => ({ store, key: String(keys[index]), row }));
    }),
  ]);
  return { rows: perStore.flat(), keySlots, dropBox };
}

/**
 * Reads every record of a store. Records that fail `check`, or do not open (a changed byte, another
 * place's copy), are counted, never shown half-read; `unopened` names those that did not open.
 */
export async function readAll<T>(
  store: StoreName,
  check: (value: unknown) => value is T,
  /** Only the keys that start with this (a record's photos). */
  prefix?: string,
): Promise<{ records: Versioned<T>[]; unreadable: number; unopened: Omit<Versioned<unknown>, 'value'>[] }> {
  const profile = profileNow();
  const db = await getDB(profile);
  const tx = db.transaction([store, META]);
  const range = prefix === undefined ? undefined : startingWith(prefix);
  const [, keys, rows] = await Promise.all([
    checkEpoch(tx, profile),
    tx.objectStore(store).getAllKeys(range),
    tx.objectStore(store).getAll(range),
  ]);
  // A newer app's record read with this version's schema would show shortened, or as damaged.
  if (rows.some((row) => isNewer(store, row))) throw new StorageError('newer');
  const records: Versioned<T>[] = [];
  const unopened: Omit<Versioned<unknown>, 'value'>[] = [];
  let unreadable = 0;
  for (const [index, row] of rows.entries()) {
    const place = { store, key: String(keys[index]) };
    // Locked is not damaged: the whole read is refused, nothing is counted as unreadable.
    const value = await unseal(row.body, place).catch((error: unknown) => {
      if (error instanceof StorageError) throw error;
      unopened.push({ key: place.key, rev: row.rev });
      return undefined;
    });
    if (check(value)) records.push({ key: place.key, rev: row.rev, value });
    else unreadable += 1;
  }
  return { records, unreadable, unopened };
}

/** Every key that starts with `prefix`. */
export function startingWith(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

/**
 * Reads one record; `undefined` when there is none, a `StorageError('invalid')` when it is damaged. From the
 * database it lives in (`profileOf`), unless told: the open list of emergency numbers is read from the main
 * one in either profile (open-numbers.ts).
 */
export async function readOne<T>(
  store: StoreName,
  key: string,
  check: (value: unknown) => value is T,
  profile: Profile = profileOf({ store, key }),
): Promise<Versioned<T> | undefined> {
  const db = await getDB(profile);
  const tx = db.transaction([store, META]);
  const [, row] = await Promise.all([checkEpoch(tx, profile), tx.objectStore(store).get(key as never)]);
  if (!row) return undefined;
  if (isNewer(store, row)) throw new StorageError('newer');
  const value = await unseal(row.body, { store, key });
  if (!check(value)) throw new StorageError('invalid');
  return { key, rev: row.rev, value };
}
