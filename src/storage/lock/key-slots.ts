import { isSafeKdf, SALT_BYTES, type KdfParams } from './kdf';

/**
 * How a lock sits in the `meta` store: the data key, wrapped (AES-256-GCM) by a key derived from each
 * passphrase. Always exactly two slots of the same size, whether a decoy passphrase is set or not: the
 * slot no passphrase opens holds random bytes, which look like a wrapped key to anyone without the
 * passphrase (GCM output is indistinguishable from random). Which slot the main passphrase opens is
 * drawn at random when the lock is set, so learning one passphrase, and which slot it opens, says
 * nothing about the other slot either. One salt for both: one derivation per unlock tries both slots.
 * Whether a slot is the main one or the decoy's is bound into its encryption (`Role`), not stored beside
 * it: only the passphrase that opens a slot learns its role.
 */
export interface KeySlots {
  format: 1;
  /** Random, not secret: names this lock in every record sealed under it (lock/record-cipher.ts). */
  lockId: string;
  kdf: KdfParams & { salt: Uint8Array };
  slots: KeySlot[];
}

export interface KeySlot {
  iv: Uint8Array;
  /** The 32-byte data key and GCM's 16-byte tag. */
  wrapped: Uint8Array;
}

/** Whose key a slot holds: the main profile's, or the decoy's. */
export type Role = 'main' | 'decoy';
const ROLES: readonly Role[] = ['main', 'decoy'];

export const SLOT_COUNT = 2;
const IV_BYTES = 12;
const WRAPPED_BYTES = 32 + 16;
const DATA_KEY = { name: 'AES-GCM', length: 256 } as const;

/** A slot that no passphrase opens: the same shape and size as one that does. */
export function randomSlot(): KeySlot {
  return {
    iv: crypto.getRandomValues(new Uint8Array(IV_BYTES)),
    wrapped: crypto.getRandomValues(new Uint8Array(WRAPPED_BYTES)),
  };
}

/** What a slot's encryption is bound to: its role, its lock, the KDF settings (another one fails). */
function slotData(slots: Pick<KeySlots, 'format' | 'lockId' | 'kdf'>, role: Role): Uint8Array<ArrayBuffer> {
  const { memoryKiB, iterations, parallelism } = slots.kdf;
  return new TextEncoder().encode(
    JSON.stringify(['key-slot', slots.format, slots.lockId, memoryKiB, iterations, parallelism, role]),
  );
}

/** Empty slots for a new lock: every slot random, a new lock id, a new salt. */
export function newKeySlots(params: KdfParams): KeySlots {
  return {
    format: 1,
    lockId: crypto.randomUUID(),
    kdf: { ...params, salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)) },
    slots: Array.from({ length: SLOT_COUNT }, randomSlot),
  };
}

/** A slot index drawn at random (not the one in `taken`, if given). */
export function pickSlot(taken?: number): number {
  const free = [...Array(SLOT_COUNT).keys()].filter((index) => index !== taken);
  const [draw = 0] = crypto.getRandomValues(new Uint32Array(1));
  return free[draw % free.length] ?? 0;
}

/**
 * Puts a new random data key for `role` in slot `index`, wrapped by `wrappingKey`. Returns the new slots
 * and the data key, non-extractable: the extractable copy lived only long enough to be wrapped.
 */
export async function fillSlot(
  slots: KeySlots,
  index: number,
  role: Role,
  wrappingKey: CryptoKey,
): Promise<{ slots: KeySlots; dataKey: CryptoKey }> {
  const fresh = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  return wrapInto(slots, index, role, fresh, wrappingKey);
}

/** Wraps `dataKey` (extractable) into slot `index`; returns the slots and a non-extractable copy. */
async function wrapInto(
  slots: KeySlots,
  index: number,
  role: Role,
  dataKey: CryptoKey,
  wrappingKey: CryptoKey,
): Promise<{ slots: KeySlots; dataKey: CryptoKey }> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const algorithm = { name: 'AES-GCM', iv, additionalData: slotData(slots, role) };
  const wrapped = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, algorithm));
  const slot = { iv, wrapped };
  const next = { ...slots, slots: slots.slots.map((old, at) => (at === index ? slot : old)) };
  const opened = await unwrapSlot(next, index, role, wrappingKey, false);
  if (!opened) throw new DOMException('A key slot did not open after it was written', 'OperationError');
  return { slots: next, dataKey: opened };
}

async function unwrapSlot(
  slots: KeySlots,
  index: number,
  role: Role,
  wrappingKey: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey | undefined> {
  const slot = slots.slots[index];
  if (!slot) return undefined;
  const algorithm = { name: 'AES-GCM', iv: new Uint8Array(slot.iv), additionalData: slotData(slots, role) };
  return crypto.subtle
    .unwrapKey('raw', new Uint8Array(slot.wrapped), wrappingKey, algorithm, DATA_KEY, extractable, [
      'encrypt',
      'decrypt',
    ])
    .catch(() => undefined);
}

/** A slot a passphrase opened. */
export interface OpenedSlot {
  index: number;
  role: Role;
  dataKey: CryptoKey;
}

/**
 * The slot `wrappingKey` opens, its role and its data key (non-extractable). Every slot is tried in
 * every role, also after one opened, so the time taken does not say which slot or role it was.
 */
export async function openSlots(slots: KeySlots, wrappingKey: CryptoKey): Promise<OpenedSlot | undefined> {
  const tries = slots.slots.flatMap((_, index) => ROLES.map((role) => ({ index, role })));
  const keys = await Promise.all(
    tries.map(({ index, role }) => unwrapSlot(slots, index, role, wrappingKey, false)),
  );
  for (const [at, dataKey] of keys.entries()) {
    const tried = tries[at];
    if (dataKey && tried) return { ...tried, dataKey };
  }
  return undefined;
}

/** Slot `opened` wrapped again under a new passphrase's key (the data key, and so every record, unchanged). */
export async function rewrapSlot(
  slots: KeySlots,
  opened: Omit<OpenedSlot, 'dataKey'>,
  oldKey: CryptoKey,
  newKey: CryptoKey,
): Promise<KeySlots | undefined> {
  const dataKey = await unwrapSlot(slots, opened.index, opened.role, oldKey, true);
  return dataKey && (await wrapInto(slots, opened.index, opened.role, dataKey, newKey)).slots;
}

const isBytes = (value: unknown, length: number): value is Uint8Array =>
  value instanceof Uint8Array && value.length === length;

/** The stored key slots if they have this version's exact shape and safe KDF settings, else `undefined`. */
export function readKeySlots(value: unknown): KeySlots | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { format, lockId, kdf, slots } = value as Partial<KeySlots>;
  if (format !== 1 || typeof lockId !== 'string' || typeof kdf !== 'object' || kdf === null) return undefined;
  if (!isSafeKdf(kdf) || !isBytes(kdf.salt, SALT_BYTES)) return undefined;
  if (!Array.isArray(slots) || slots.length !== SLOT_COUNT) return undefined;
  const whole = slots.every(
    (slot: Partial<KeySlot> | null) => isBytes(slot?.iv, IV_BYTES) && isBytes(slot?.wrapped, WRAPPED_BYTES),
  );
  return whole ? (value as KeySlots) : undefined;
}
