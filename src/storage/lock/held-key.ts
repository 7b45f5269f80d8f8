/**
 * The unlocked data key: in this page's memory only, never stored, never extractable (WebCrypto keeps its
 * bytes out of reach of script). `lockId` names the lock it belongs to (`KeySlots.lockId`), so a write
 * sealed under a lock another tab has since removed or replaced is refused rather than stored unreadable.
 */
export interface HeldKey {
  dataKey: CryptoKey;
  lockId: string;
  /** Which key slot the passphrase opened: the decoy's profile sees and writes nothing personal (yet). */
  profile: 'main' | 'decoy';
  /** The slot's index: changing this passphrase rewrites this slot only. */
  slot: number;
}

let held: HeldKey | undefined;

/** The key records are sealed and opened with now; `undefined` while locked (or with no lock set). */
export function heldKey(): HeldKey | undefined {
  return held;
}

/** Keeps the key after an unlock (or once a new lock is in place). */
export function holdKey(key: HeldKey): void {
  held = key;
}

/** Drops the key at once: every read and write of a sealed record from now on is refused as `locked`. */
export function dropKey(): void {
  held = undefined;
}
