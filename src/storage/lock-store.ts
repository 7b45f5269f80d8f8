import { dropKey, dropKeyEverywhere, heldKey, holdKey, onKeyChange, type HeldKey } from './lock/held-key';
import { deriveWrappingKey, KDF_PARAMS } from './lock/kdf';
import {
  fillSlot,
  newKeySlots,
  openSlots,
  pickSlot,
  randomSlot,
  readKeySlots,
  rewrapSlot,
  type KeySlots,
} from './lock/key-slots';
import { newDropBox, openDropBox, readDropBox } from './lock/drop-box';
import { normalizePassphrase } from './lock/passphrase';
import { doesNotOpen } from './lock/record-cipher';
import { resealAll } from './lock/reseal';
import { deleteSecondDB, readySecondDB } from './lock/second-db';
import { DERIVED, sealing, storedSlots, tryPassphrase, type Progress, type Refused } from './lock/tries';
import { refreshOpenNumbers } from './open-numbers';
import { readRows } from './read-records';
import { attempt, StorageError, type StorageResult } from './result';

/*
 * The lock's API for the screens (src/storage/README.md, "The lock"). Every call returns a
 * `StorageResult`, never throws. Progress is reported from 0 to 1: the key derivation is one step
 * that cannot report from inside (about a second on a slow phone), sealing the records the rest.
 * Trying a passphrase, and the wait after a miss, are lock/tries.ts's.
 */
export { missWaitMs, type Progress, type Refused } from './lock/tries';

/** 'none': no lock set; 'locked': set, and this page holds no key; 'open': set and unlocked here. */
export type LockStatus = 'none' | 'locked' | 'open';

/** What a passphrase try came to. */
export type Tried<T extends string> = { outcome: T } | Refused;

/** Which profile an unlock opened: the decoy passphrase opens its own, with its own records (db.ts). */
export type Unlocked = { outcome: 'open'; profile: HeldKey['profile'] } | Refused;

/** Reads whether a lock is set and whether this page holds its key. */
export function lockStatus(): Promise<StorageResult<LockStatus>> {
  return attempt(async () => {
    const { keySlots } = await readRows([]);
    if (keySlots === undefined) {
      dropKey(); // the lock was removed in another tab
      return 'none';
    }
    const held = heldKey();
    if (held && held.lockId === readKeySlots(keySlots)?.lockId) return 'open';
    dropKey(); // a key for a lock that is gone (removed, and set again, in another tab)
    return 'locked';
  });
}

/**
 * Sets a lock: a new random data key, wrapped for `passphrase`, and every personal record sealed with
 * it, all in one transaction (lock/reseal.ts); then the second profile's database, empty (every lock has
 * one: lock/second-db.ts). Refused as `invalid` when a lock is set already or the
 * passphrase is empty once trimmed. The page holds the key afterwards ('open').
 */
export function setLock(passphrase: string, onProgress?: Progress): Promise<StorageResult<void>> {
  return attempt(async () => {
    if (!normalizePassphrase(passphrase)) throw new StorageError('invalid');
    if ((await readRows([])).keySlots !== undefined) throw new StorageError('invalid');
    onProgress?.(0);
    const empty = newKeySlots(KDF_PARAMS);
    const wrappingKey = await deriveWrappingKey(passphrase, empty.kdf.salt, empty.kdf);
    onProgress?.(DERIVED);
    const slot = pickSlot();
    const { slots, dataKey } = await fillSlot(empty, slot, 'main', wrappingKey);
    const to = { dataKey, lockId: slots.lockId };
    const dropBox = await newDropBox(dataKey, slots.lockId);
    await resealAll({ from: undefined, to, expect: 'none', keySlots: slots, dropBox }, sealing(onProgress));
    await readySecondDB(to.lockId, true).catch(() => undefined); // else the next unlock makes it
    const dropBoxKey = await openDropBox(dataKey, dropBox);
    holdKey({ ...to, profile: 'main', slot, dropBoxKey }); // last: the screens read again once told
    onProgress?.(1);
  });
}

/**
 * Unlocks with `passphrase` (the main one, or the decoy's). After a miss the next try is taken only
 * once `waitMs` has passed, longer after each miss: a courtesy against a child or a stranger tapping
 * guesses on the phone itself, NOT the protection. Someone with a copy of the phone's files runs
 * Argon2 on their own machines and never meets this wait; what stops them is the passphrase's
 * strength times Argon2's cost (lock/kdf.ts). It also does not survive a reload.
 * With the main passphrase, records still plain (written by an older tab, or by a database upgrade,
 * which cannot seal) are sealed before it returns, and the open list of emergency numbers, if the person
 * chose it, is written again from the records (an older tab or an upgrade may have changed contacts), and
 * the second profile's database is made if a tab was killed before it was. With the decoy's passphrase,
 * the page reads and writes the decoy's own database from now on (db.ts).
 */
export function unlock(passphrase: string, onProgress?: Progress): Promise<StorageResult<Unlocked>> {
  return attempt(async () => {
    const tried = await tryPassphrase(passphrase, onProgress);
    if (tried.outcome !== 'open') return tried;
    const { slots, index, role: profile, dataKey } = tried;
    const dropBoxKey =
      profile === 'main' ? await dropBoxOf(dataKey, slots.lockId).catch(() => undefined) : undefined;
    holdKey({ dataKey, lockId: slots.lockId, profile, slot: index, ...(dropBoxKey && { dropBoxKey }) });
    if (profile === 'main') {
      // Records still plain, and those saved while locked, are sealed now; both are resumed by the next
      // unlock if they fail (a full phone).
      await sealRest(onProgress).catch(() => undefined);
      await readySecondDB(slots.lockId, false).catch(() => undefined);
    }
    await refreshOpenNumbers();
    onProgress?.(1);
    return { outcome: 'open', profile };
  });
}

/**
 * Drops the key from memory at once, in this tab and in the app's other open tabs (a quick exit in one
 * tab locks them all): every personal read and write is `locked` until the next unlock.
 */
export function lockNow(): void {
  dropKeyEverywhere();
}

/**
 * Drops the key in this tab alone: the auto-lock of a tab left hidden. Each hidden tab counts its own time
 * and locks itself; a tab in the background must not lock the one the person is using.
 */
export function lockThisTab(): void {
  dropKey();
}

/**
 * Calls `listener` when this page is unlocked or locked (here, or by a lock in another tab), so a screen
 * shows the unlock form, or reads its data again; returns the unsubscribe.
 */
export function onLockChange(listener: () => void): () => void {
  return onKeyChange(listener);
}

/**
 * Wraps the data key again for `next` (after checking `current`, with the same wait as `unlock`). The
 * records are not touched: the data key stays the same. The other slot is left as it is. With the
 * decoy's passphrase, the decoy's own slot changes (it must not tell it is the decoy's).
 */
export function changePassphrase(
  current: string,
  next: string,
  onProgress?: Progress,
): Promise<StorageResult<Tried<'changed'>>> {
  return attempt(async () => {
    if (!normalizePassphrase(next)) throw new StorageError('invalid');
    // Two derivations: the first reports up to 0.4, the second ends at 0.9.
    const tried = await tryPassphrase(current, onProgress && ((fraction) => onProgress(fraction / 2)));
    if (tried.outcome !== 'open') return tried;
    const { slots } = tried;
    const newKey = await deriveWrappingKey(next, slots.kdf.salt, slots.kdf);
    onProgress?.(0.9);
    const rewrapped = await rewrapSlot(slots, tried, tried.wrappingKey, newKey);
    if (!rewrapped) throw new StorageError('unknown');
    const from = { dataKey: tried.dataKey, lockId: slots.lockId };
    // The decoy's key must not seal the main profile's records (one still plain, from an older tab).
    const slotsOnly = tried.role === 'decoy';
    await resealAll({ from, to: from, expect: slots.lockId, keySlots: rewrapped, slotsOnly });
    onProgress?.(1);
    return { outcome: 'changed' };
  });
}

/**
 * Removes the lock with the main passphrase: every personal record written plain again and the key
 * slots deleted, in one transaction (the decoy goes with it: its slot first, then its database, whose
 * records no key opens any more). Records no key opens are deleted. The decoy's passphrase is refused as
 * `locked`, nothing changed.
 */
export function removeLock(
  passphrase: string,
  onProgress?: Progress,
): Promise<StorageResult<Tried<'removed'>>> {
  return attempt(async () => {
    const tried = await tryPassphrase(passphrase, onProgress);
    if (tried.outcome !== 'open') return tried;
    const { slots, role, dataKey } = tried;
    // The decoy's passphrase cannot remove the lock. It just opened the app, so "wrong" would tell it is a
    // decoy; it fails as a write can, counting no miss (the screen says "Nothing was changed").
    if (role !== 'main') throw new StorageError('locked');
    const from = { dataKey, lockId: slots.lockId };
    // Without the drop box's key its records are deleted as ones no key opens: go on without it only when
    // it is damaged, never after a failure of the moment (a full disk), which would lose them.
    const dropBoxKey = await dropBoxOf(dataKey, slots.lockId).catch((error: unknown) => {
      if (doesNotOpen(error)) return undefined;
      throw error;
    });
    const job = { from, to: undefined, expect: slots.lockId, keySlots: undefined, dropBoxKey };
    await resealAll(job, sealing(onProgress));
    dropKey();
    await deleteSecondDB();
    onProgress?.(1);
    return { outcome: 'removed' };
  });
}

/**
 * Sets (or replaces) the decoy passphrase, in the slot the main one does not use; the page must be open
 * with the main passphrase (else `locked`). The decoy's profile starts empty: its database is emptied
 * first (a decoy set before has a new key now, which would open none of its records).
 */
export function setDecoy(passphrase: string, onProgress?: Progress): Promise<StorageResult<void>> {
  return attempt(async () => {
    if (!normalizePassphrase(passphrase)) throw new StorageError('invalid');
    const { slots, held } = await openMain();
    onProgress?.(0);
    const wrappingKey = await deriveWrappingKey(passphrase, slots.kdf.salt, slots.kdf);
    // The same passphrase for both would open the main slot first: refuse it rather than store a dead slot.
    if ((await openSlots(slots, wrappingKey))?.index === held.slot) throw new StorageError('invalid');
    const { slots: next } = await fillSlot(slots, pickSlot(held.slot), 'decoy', wrappingKey);
    await readySecondDB(slots.lockId, true);
    await writeSlots(held, next);
    onProgress?.(1);
  });
}

/**
 * Removes the decoy passphrase (open with the main passphrase): its slot becomes random bytes again, then
 * its database is emptied (its records no key opens any more). A database with a record in it is the one
 * thing on disk that says a decoy was used: it goes as soon as the decoy does.
 */
export function removeDecoy(): Promise<StorageResult<void>> {
  return attempt(async () => {
    const { slots, held } = await openMain();
    const next = { ...slots, slots: slots.slots.map((slot, at) => (at === held.slot ? slot : randomSlot())) };
    await writeSlots(held, next);
    await readySecondDB(slots.lockId, true);
  });
}

/**
 * Seals any personal record still plain (`unlock` does it too): for a screen that lets the person
 * retry after a failure such as a full phone. Returns how many records it sealed; `locked` unless open
 * with the main passphrase.
 */
export function finishSealing(onProgress?: Progress): Promise<StorageResult<number>> {
  return attempt(() => sealRest(onProgress));
}

async function sealRest(onProgress?: Progress): Promise<number> {
  const held = heldKey();
  if (held?.profile !== 'main') throw new StorageError('locked');
  const key = { dataKey: held.dataKey, lockId: held.lockId };
  const job = {
    from: key,
    to: key,
    expect: held.lockId,
    keySlots: 'keep' as const,
    dropBoxKey: held.dropBoxKey,
  };
  return resealAll(job, sealing(onProgress));
}

/**
 * The drop box's private half, opened with the data key. A lock set before the drop box existed (or
 * whose box is damaged) gets a new one, written beside its key slots: records saved in the old one, if
 * any, stay on disk unopened rather than be lost.
 */
async function dropBoxOf(dataKey: CryptoKey, lockId: string): Promise<CryptoKey> {
  const stored = readDropBox((await readRows([])).dropBox);
  if (stored?.lockId === lockId) return openDropBox(dataKey, stored);
  const dropBox = await newDropBox(dataKey, lockId);
  const key = { dataKey, lockId };
  await resealAll({ from: key, to: key, expect: lockId, keySlots: 'keep', dropBox });
  return openDropBox(dataKey, dropBox);
}

/* What the decoy's calls share. */

async function openMain(): Promise<{ slots: KeySlots; held: HeldKey }> {
  const held = heldKey();
  const slots = await storedSlots();
  if (!held || held.profile !== 'main' || held.lockId !== slots.lockId) throw new StorageError('locked');
  return { slots, held };
}

async function writeSlots(held: HeldKey, keySlots: KeySlots): Promise<void> {
  const key = { dataKey: held.dataKey, lockId: held.lockId };
  await resealAll({ from: key, to: key, expect: held.lockId, keySlots, dropBoxKey: held.dropBoxKey });
}
