import { getDB } from './db';
import { attempt, type StorageResult } from './result';
import { STORES } from './schema';

/**
 * Whether this phone holds no contact and no part of the family plan: an app just added to an
 * iPhone's Home Screen starts with storage of its own, empty, and the home screen offers to bring in
 * a backup file (src/features/home/RestoreOffer.tsx). Counts keys only; reads no record.
 */
export function nothingSaved(): Promise<StorageResult<boolean>> {
  return attempt(async () => {
    const db = await getDB();
    const tx = db.transaction([STORES.contacts, STORES.plan]);
    const [contacts, plan] = await Promise.all([
      tx.objectStore(STORES.contacts).count(),
      tx.objectStore(STORES.plan).count(),
    ]);
    return contacts === 0 && plan === 0;
  });
}
