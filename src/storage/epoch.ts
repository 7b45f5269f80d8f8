// The epoch this page's data was read in: checked by every read and write, renewed by a "replace" import.
import type { IDBPTransaction, StoreNames } from 'idb';
import { reloadAfterDataReset } from '../shared/data-reset';
import type { Profile } from './db';
import { newEpoch } from './migrations';
import { StorageError } from './result';
import { EPOCH_KEY, META, type AppDB } from './schema';

/*
 * The epoch this page's data was read in, per profile's database. It is fixed for the life of the page: a
 * read or write that finds another one in the database (another tab deleted everything, or imported a file
 * with "replace", or set or removed the decoy) is refused as 'reset', and the page is asked to reload
 * (src/app/App.tsx), so no draft of the old data is ever written into the new. This page's own "Delete
 * all" and "replace" adopt the new one.
 */
const pageEpochs = new Map<Profile, string>();

type Tx = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'readonly' | 'readwrite'>;

/** Refuses `tx` as 'reset' (and has the page reload) when the database's epoch is not the page's. */
export async function checkEpoch(tx: Tx, profile: Profile): Promise<void> {
  const stored = await tx.objectStore(META).get(EPOCH_KEY);
  const found = typeof stored === 'string' ? stored : '';
  if (!pageEpochs.has(profile)) pageEpochs.set(profile, found);
  if (found === pageEpochs.get(profile)) return;
  reloadAfterDataReset();
  throw new StorageError('reset');
}

/** After this page deleted a database (both, unless told): its next read there starts a new epoch. */
export function forgetEpoch(profile?: Profile): void {
  if (profile) pageEpochs.delete(profile);
  else pageEpochs.clear();
}

const renewed = new WeakMap<object, string>();

/** Gives the database a new epoch in `tx` (a "replace" import): tabs holding the old data cannot write. */
export async function renewEpoch(
  tx: IDBPTransaction<AppDB, StoreNames<AppDB>[], 'readwrite'>,
): Promise<void> {
  const epoch = newEpoch();
  await tx.objectStore(META).put(epoch, EPOCH_KEY);
  renewed.set(tx, epoch);
}

/** Once `tx` has committed: the page takes the epoch `renewEpoch` gave it, if any. */
export function adoptEpoch(tx: object, profile: Profile): void {
  const epoch = renewed.get(tx);
  if (epoch) pageEpochs.set(profile, epoch);
}
