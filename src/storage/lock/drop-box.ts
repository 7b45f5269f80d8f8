import {
  decode,
  decryptRecord,
  doesNotOpen,
  encode,
  encryptRecord,
  type EncryptedBody,
  type Place,
} from './record-cipher';

/*
 * The drop box (issue 13): a witness has no time to type a passphrase, so with a lock set a new incident
 * record (and its photos) can be saved without unlocking, encrypted to a public key kept on the phone,
 * and read by no one until the passphrase is entered, the one who wrote it included.
 *
 * An ECDH P-256 key pair is made with the lock (or at the first unlock of a lock made before): the public
 * half is stored plain beside the key slots; the private half is sealed with the data key, like a record,
 * so the passphrase opens it and no new key slot is needed. Each locked write makes a fresh (ephemeral)
 * key pair, derives a shared secret with the stored public key, turns it into a one-use AES-256-GCM key
 * with HKDF-SHA-256, and keeps the ephemeral public key beside the data: only the private half opens it.
 * At the next unlock the records are opened and sealed again with the data key (lock/reseal.ts).
 */
export const DROPPED = 'drop-box-1';

export interface DroppedBody {
  codec: typeof DROPPED;
  /** The lock whose drop box it was sealed to. */
  lock: string;
  /** The ephemeral public key (JWK, P-256). */
  epk: JsonWebKey;
  iv: Uint8Array;
  data: Uint8Array;
}

/** What `meta` keeps under `dropBox`. */
export interface DropBox {
  lockId: string;
  publicKey: JsonWebKey;
  /** The private key's JWK, sealed with the data key at `BOX_PLACE`. */
  privateKey: EncryptedBody;
}

const CURVE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const BOX_PLACE: Place = { store: 'meta', key: 'dropBox' };
const IV_BYTES = 12;

function info(lock: string, place: Place): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(['drop-box', lock, place.store, place.key]));
}

/** A new drop box for the lock `lockId`, its private half sealed with `dataKey`. */
export async function newDropBox(dataKey: CryptoKey, lockId: string): Promise<DropBox> {
  const pair = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  const [publicKey, privateJwk] = await Promise.all([
    crypto.subtle.exportKey('jwk', pair.publicKey),
    crypto.subtle.exportKey('jwk', pair.privateKey),
  ]);
  return { lockId, publicKey, privateKey: await encryptRecord(dataKey, lockId, BOX_PLACE, privateJwk) };
}

/** The drop box as stored, or `undefined` (none, or damaged). */
export function readDropBox(value: unknown): DropBox | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lockId, publicKey, privateKey } = value as Partial<DropBox>;
  if (typeof lockId !== 'string' || typeof publicKey !== 'object' || typeof privateKey !== 'object')
    return undefined;
  return value as DropBox;
}

/** The private half, opened with the data key (non-extractable from then on). */
export async function openDropBox(dataKey: CryptoKey, box: DropBox): Promise<CryptoKey> {
  const jwk = (await decryptRecord(dataKey, BOX_PLACE, box.privateKey)) as JsonWebKey;
  return crypto.subtle.importKey('jwk', jwk, CURVE, false, ['deriveBits']);
}

async function sharedKey(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  lock: string,
  place: Place,
  use: KeyUsage,
) {
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const secret = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const hkdf = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: info(lock, place) };
  return crypto.subtle.deriveKey(hkdf, secret, { name: 'AES-GCM', length: 256 }, false, [use]);
}

/** Seals `value` for `place` to the drop box: whoever holds only the phone cannot open it again. */
export async function dropSeal(box: DropBox, place: Place, value: unknown): Promise<DroppedBody> {
  const recipient = await crypto.subtle.importKey('jwk', box.publicKey, CURVE, false, []);
  const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveBits']);
  const key = await sharedKey(ephemeral.privateKey, recipient, box.lockId, place, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const additionalData = info(box.lockId, place);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, await encode(value));
  const epk = await crypto.subtle.exportKey('jwk', ephemeral.publicKey);
  return { codec: DROPPED, lock: box.lockId, epk, iv, data: new Uint8Array(data) };
}

/** Whether `body` has the drop box's form (nothing about whether it opens). */
export function isDropped(body: unknown): body is DroppedBody {
  if (typeof body !== 'object' || body === null) return false;
  const { codec, lock, epk, iv, data } = body as Partial<DroppedBody>;
  return (
    codec === DROPPED &&
    typeof lock === 'string' &&
    typeof epk === 'object' &&
    epk !== null &&
    iv instanceof Uint8Array &&
    iv.length === IV_BYTES &&
    data instanceof Uint8Array
  );
}

/** Opens a dropped record with the drop box's private half; a `DataError` for anything that does not open. */
export async function dropOpen(privateKey: CryptoKey, place: Place, body: DroppedBody): Promise<unknown> {
  try {
    const sender = await crypto.subtle.importKey('jwk', body.epk, CURVE, false, []);
    const key = await sharedKey(privateKey, sender, body.lock, place, 'decrypt');
    const additionalData = info(body.lock, place);
    const iv = new Uint8Array(body.iv);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData },
      key,
      new Uint8Array(body.data),
    );
    return decode(new Uint8Array(plain));
  } catch (error) {
    if (!doesNotOpen(error)) throw error;
    throw new DOMException('A dropped record does not open with this key', 'DataError');
  }
}
