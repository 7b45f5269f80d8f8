import { LANGUAGE_PACK_CACHE } from '../shared/language-pack-cache';
import { INSTALLED_MARK } from '../shared/page-ids';
import { forgetShownLanguage } from '../shared/shown-language';
import { announce } from './changes';
import { closeDB, deleteDB, getDB } from './db';
import { dropKey } from './lock/held-key';
import { randomSlot, readKeySlots } from './lock/key-slots';
import { forgetEpoch } from './epoch';
import { attempt, type StorageResult } from './result';
import { KEY_SLOTS_KEY, META, OPEN_NUMBERS_KEY, STORES } from './schema';

/**
 * Removes everything the app stored about the person: both profiles' databases (db.ts), whichever
 * passphrase opened the page, and any key the app
 * keeps in localStorage or sessionStorage, and the language the app last showed. The app's own code stays
 * cached, so it still works offline, and so does the mark that it was installed (`INSTALLED_MARK`: not personal).
 * Other open tabs close their connection when asked and reload at once (see `blocking` in db.ts), also
 * while a tab that does not let go keeps the deletion waiting.
 */
export function deleteAllData(): Promise<StorageResult<void>> {
  return attempt(async () => {
    await destroyKeys();
    await closeDB();
    // Both, even if one is held open by another tab (its deletion then waits, queued, and this says so).
    const deleted = await Promise.allSettled([deleteDB('main'), deleteDB('decoy')]);
    for (const result of deleted) if (result.status === 'rejected') throw result.reason;
    forgetEpoch(); // this page asked for it: what it reads next is the new, empty database
    for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
      try {
        const installed = storage?.getItem(INSTALLED_MARK);
        storage?.clear();
        if (installed) storage?.setItem(INSTALLED_MARK, installed);
      } catch {
        // Storage disabled in this browser mode: then nothing is in it.
      }
    }
    // The language the app last showed, kept in Cache Storage for the worker's first paint.
    await forgetShownLanguage().catch(() => undefined);
    // The language packs: which ones the phone holds hints where the family comes from.
    await globalThis.caches?.delete(LANGUAGE_PACK_CACHE).catch(() => false);
    announce('all');
  });
}

/**
 * With a lock set, first of all: every key slot becomes random bytes (one small write), so no
 * passphrase opens any record any more, even if the deletion after it is interrupted or another tab
 * keeps the database open. Its limit: the browser's files may keep the old slot's bytes until they
 * compact, so a copy taken earlier, or those files read with the passphrase known, may still open
 * the data (README, "The lock"). Then the open list of emergency numbers (open-numbers.ts), plain by
 * the person's choice, goes too, so another tab that blocks the deletion does not leave it readable.
 * Best effort: if it fails, the deletion still goes ahead.
 */
async function destroyKeys(): Promise<void> {
  dropKey();
  try {
    const db = await getDB('main');
    const slots = readKeySlots(await db.get(META, KEY_SLOTS_KEY));
    if (slots) await db.put(META, { ...slots, slots: slots.slots.map(randomSlot) }, KEY_SLOTS_KEY);
    await db.delete(STORES.settings, OPEN_NUMBERS_KEY);
  } catch {
    // No database, or it cannot be opened: the deletion below says what happened.
  }
}
