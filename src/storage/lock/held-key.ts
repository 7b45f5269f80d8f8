/**
 * The unlocked data key: in this page's memory only, never stored, never extractable (WebCrypto keeps its
 * bytes out of reach of script). `lockId` names the lock it belongs to (`KeySlots.lockId`), so a write
 * sealed under a lock another tab has since removed or replaced is refused rather than stored unreadable.
 */
export interface HeldKey {
  dataKey: CryptoKey;
  lockId: string;
  /** Which key slot the passphrase opened: the decoy's profile reads and writes its own database (db.ts). */
  profile: 'main' | 'decoy';
  /** The slot's index: changing this passphrase rewrites this slot only. */
  slot: number;
  /** The drop box's private half (lock/drop-box.ts): opens records saved while locked. */
  dropBoxKey?: CryptoKey;
}

let held: HeldKey | undefined;

/** Told when this page starts or stops holding a key (an unlock, a lock here or in another tab). */
const listeners = new Set<() => void>();

/**
 * The app's tabs tell each other "lock now" on this channel, so a quick exit or an auto-lock in one tab
 * locks every tab. The message is the one word `lock`: no key, no record, nothing personal crosses. Each
 * tab holds its own key (one unlock per tab); only locking is shared.
 */
const CHANNEL = 'defend-your-rights-lock';
let channel: BroadcastChannel | undefined;

function lockChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'lock') dropKey();
  };
  return channel;
}

/** The key records are sealed and opened with now; `undefined` while locked (or with no lock set). */
export function heldKey(): HeldKey | undefined {
  return held;
}

/** Keeps the key after an unlock (or once a new lock is in place). */
export function holdKey(key: HeldKey): void {
  lockChannel(); // from now on another tab's lock reaches this one
  held = key;
  tell();
}

/** Drops the key at once: every read and write of a sealed record from now on is refused as `locked`. */
export function dropKey(): void {
  if (!held) return; // nothing changes: no one is told (a screen reading the lock calls this often)
  held = undefined;
  tell();
}

/** Drops the key here and tells the app's other tabs to drop theirs. */
export function dropKeyEverywhere(): void {
  dropKey();
  lockChannel()?.postMessage('lock');
}

/** Calls `listener` when this page starts or stops holding a key; returns the unsubscribe. */
export function onKeyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(): void {
  for (const listener of [...listeners]) listener();
}

/** Tests: as a page that never held a key, and no one told (the test's screens are gone), channel closed. */
export function forgetHeldKey(): void {
  held = undefined;
  channel?.close();
  channel = undefined;
}
