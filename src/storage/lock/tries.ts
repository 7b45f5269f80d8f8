// Trying a passphrase on the stored key slots, the courtesy wait after a miss, and the progress reported.
import { readRows } from '../read-records';
import { StorageError } from '../result';
import { deriveWrappingKey } from './kdf';
import { openSlots, readKeySlots, type KeySlots, type OpenedSlot } from './key-slots';

/** Progress from 0 to 1: the key derivation to `DERIVED` (it cannot report from inside), sealing the rest. */
export type Progress = (fraction: number) => void;

/**
 * A passphrase not taken: 'wrong' (it opens nothing), or 'wait' (too soon after a miss: not tried).
 * `waitMs`: how long until the next try is taken.
 */
export interface Refused {
  outcome: 'wrong' | 'wait';
  waitMs: number;
}

export const DERIVED = 0.8;
let misses = 0;
let notBefore = 0;

/** Milliseconds to wait after `count` misses in a row: 1, 2, 4 … seconds, up to a minute. */
export function missWaitMs(count: number): number {
  return count === 0 ? 0 : Math.min(60_000, 1000 * 2 ** (count - 1));
}

/** Counts a miss: the next try is taken only after the wait it returns. */
export function wrongTry(): Refused {
  misses += 1;
  const waitMs = missWaitMs(misses);
  notBefore = Date.now() + waitMs;
  return { outcome: 'wrong', waitMs };
}

/** A passphrase that opened a slot: the slots, which one, its role, its data key and the wrapping key. */
export type Opened = { outcome: 'open'; slots: KeySlots; wrappingKey: CryptoKey } & OpenedSlot;

/** Tries `passphrase` on the stored slots, unless too soon after a miss; each miss makes the wait longer. */
export async function tryPassphrase(passphrase: string, onProgress?: Progress): Promise<Opened | Refused> {
  const wait = notBefore - Date.now();
  if (wait > 0) return { outcome: 'wait', waitMs: wait };
  const slots = await storedSlots();
  onProgress?.(0);
  const wrappingKey = await deriveWrappingKey(passphrase, slots.kdf.salt, slots.kdf);
  onProgress?.(DERIVED);
  const opened = await openSlots(slots, wrappingKey);
  if (!opened) return wrongTry();
  misses = 0;
  notBefore = 0;
  return { outcome: 'open', slots, ...opened, wrappingKey };
}

/** The key slots on disk; `invalid` when none are set or they are damaged (no passphrase opens them). */
export async function storedSlots(): Promise<KeySlots> {
  const slots = readKeySlots((await readRows([])).keySlots);
  if (!slots) throw new StorageError('invalid');
  return slots;
}

/** The re-seal job's progress (`done` of `total` records) as `onProgress`'s rest, after the derivation. */
export function sealing(onProgress?: Progress): ((done: number, total: number) => void) | undefined {
  return onProgress && ((done, total) => onProgress(DERIVED + ((1 - DERIVED) * done) / total));
}
