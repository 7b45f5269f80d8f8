import type { IDBPTransaction, StoreNames } from 'idb';
import { isPersonal, isPlain, type Place, type Sealed } from '../codec';
import { DROP_BOX_STORES, KEY_SLOTS_KEY, LOCK_ID_KEY, META, type AppDB, type StoreName } from '../schema';
import { isDropped } from './drop-box';
import { readKeySlots } from './key-slots';
import { isEncrypted } from './record-cipher';

/**
 * The lock on disk as a transaction finds it: the lock's id, 'none', or 'unreadable' (key slots this
 * version cannot read: no personal record may be written at all).
 */
export type DiskLock = string | 'none' | 'unreadable';

type Tx = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'readonly' | 'readwrite'>;

/**
 * The lock on disk, read in `tx`: the key slots' in the main database, the lock's id in the second one
 * (`LOCK_ID_KEY`: it holds no slots; db.ts).
 */
export async function lockOnDisk<S extends StoreNames<AppDB>[]>(
  tx: IDBPTransaction<AppDB, S, 'readonly' | 'readwrite'>,
): Promise<DiskLock> {
  const meta = (tx as unknown as Tx).objectStore(META);
  // One after the other: a request left unawaited would reject unheard if the transaction aborts.
  const stored = await meta.get(KEY_SLOTS_KEY);
  if (stored === undefined) {
    const lockId = await meta.get(LOCK_ID_KEY);
    return typeof lockId === 'string' ? lockId : 'none';
  }
  return readKeySlots(stored)?.lockId ?? 'unreadable';
}

/**
 * Whether a sealed record may be written at `place` under `lock`: a personal record encrypted under the
 * lock that is set, or plain with none; anything else (the language) plain.
 */
export function fitsLock(lock: DiskLock, place: Place, body: Sealed): boolean {
  if (!isPersonal(place) || lock === 'none') return isPlain(body);
  if (isDropped(body)) return body.lock === lock && DROP_BOX_STORES.includes(place.store as StoreName);
  return isEncrypted(body) && body.lock === lock;
}
