import { deleteDB, openSecondDB } from '../db';
import { newEpoch } from '../migrations';
import { forgetEpoch } from '../epoch';
import { EPOCH_KEY, LOCK_ID_KEY, META } from '../schema';

/*
 * The second profile's database (db.ts; README, "The decoy's profile"): there for every lock from the
 * moment it is set, whether a decoy passphrase is set or not, so its presence says only that a lock is set.
 * Empty until the decoy's passphrase is used and something is saved in its profile.
 */

/**
 * Makes the second database ready for lock `lockId`: made if missing (a tab killed between setting the
 * lock and this step: the next unlock with the main passphrase finishes it), and emptied, with a new
 * epoch, when it belongs to another lock (one removed while its deletion was blocked) or when `empty` is
 * asked (the decoy passphrase set anew or removed: its records no key opens any more). The new epoch
 * makes a tab still open in the old decoy's profile reload rather than write into the new one.
 */
export async function readySecondDB(lockId: string, empty: boolean): Promise<void> {
  const db = await openSecondDB();
  // Every store, including those a later version adds: a new store needs nothing here.
  const stores = [...db.objectStoreNames].filter((name) => name !== META);
  const tx = db.transaction([...stores, META], 'readwrite');
  tx.done.catch(() => undefined); // a failure below says so itself
  const meta = tx.objectStore(META);
  let renew = false;
  try {
    renew = empty || (await meta.get(LOCK_ID_KEY)) !== lockId;
    if (renew) {
      for (const store of stores) await tx.objectStore(store).clear();
      await meta.put(newEpoch(), EPOCH_KEY);
      await meta.put(lockId, LOCK_ID_KEY);
    }
  } catch (error) {
    try {
      tx.abort(); // nothing of it lands
    } catch {
      // Already ended by the failure itself.
    }
    throw error;
  }
  await tx.done;
  if (renew) forgetEpoch('decoy'); // this page adopts the new epoch
}

/**
 * Deletes the second database with the lock. Best effort: if another tab holds it open and does not let
 * go, what stays is sealed under a key no slot holds any more, and the next lock empties it (above).
 */
export async function deleteSecondDB(): Promise<void> {
  await deleteDB('decoy').catch(() => undefined);
  forgetEpoch('decoy');
}
