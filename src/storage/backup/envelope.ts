import { isSafeKdf, SALT_BYTES, type KdfParams } from '../lock/kdf-params';
import { BACKUP_FORMAT } from './format';

/**
 * An encrypted backup file (README, "Backup file"): version 4 is the envelope, always, whatever plain
 * version it holds inside (1-3 today, later ones as they come: plain versions skip 4). Its text:
 *   { format, version: 4, kdf: { name: 'argon2id', memory (KiB), passes, lanes, salt },
 *     cipher: { name: 'AES-GCM', iv }, data }
 * salt, iv and data in base64. `data` is the plain file's UTF-8 text, AES-256-GCM encrypted under a key
 * Argon2id derives from the file's own passphrase, with everything but `data` as associated data: one
 * changed byte anywhere fails GCM's check, or this file's checks before it. Only this module reads the
 * envelope: the backup file check (a Web Worker) runs it; seal.ts derives keys on the page.
 */
export const SEALED_VERSION = 4;

const KDF_NAME = 'argon2id';
const CIPHER_NAME = 'AES-GCM';
const IV_BYTES = 12;
/** GCM's tag alone: no file is shorter. */
const MIN_DATA_BYTES = 16;

/** What the key of an encrypted file is derived with, and its IV: all the page needs to ask for a passphrase. */
export interface SealedHeader {
  kdf: KdfParams;
  salt: Uint8Array;
  iv: Uint8Array;
}

export interface Envelope extends SealedHeader {
  /** The encrypted text and GCM's tag. */
  data: Uint8Array;
}

/** Whether `json` claims to be an encrypted file (whether it is a good one is `readEnvelope`'s). */
export function isSealed(json: Record<string, unknown>): boolean {
  return json['format'] === BACKUP_FORMAT && json['version'] === SEALED_VERSION;
}

/**
 * The envelope, or `undefined` for anything that is not exactly one: a key more or less at any level,
 * another algorithm, key-derivation settings over the caps (../lock/kdf-params.ts: refused here, before
 * anyone is asked for a passphrase, so no derivation ever starts), a salt or IV of another length, or
 * base64 that is not the one way of writing its bytes.
 */
export function readEnvelope(json: Record<string, unknown>): Envelope | undefined {
  if (!isSealed(json) || !hasKeys(json, ['format', 'version', 'kdf', 'cipher', 'data'])) return undefined;
  const { kdf, cipher } = json;
  if (!isRecord(kdf) || !hasKeys(kdf, ['name', 'memory', 'passes', 'lanes', 'salt'])) return undefined;
  if (!isRecord(cipher) || !hasKeys(cipher, ['name', 'iv'])) return undefined;
  if (kdf['name'] !== KDF_NAME || cipher['name'] !== CIPHER_NAME) return undefined;
  const params = { memoryKiB: kdf['memory'], iterations: kdf['passes'], parallelism: kdf['lanes'] };
  if (!isSafeKdf(params as KdfParams)) return undefined;
  const salt = fromBase64(kdf['salt'], SALT_BYTES);
  const iv = fromBase64(cipher['iv'], IV_BYTES);
  const data = fromBase64(json['data']);
  if (!salt || !iv || !data || data.length < MIN_DATA_BYTES) return undefined;
  return { kdf: params as KdfParams, salt, iv, data };
}

/** The envelope's text: compact, so every byte of it counts. */
export function envelopeText(envelope: Envelope): string {
  const { kdf, salt, iv, data } = envelope;
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: SEALED_VERSION,
    kdf: {
      name: KDF_NAME,
      memory: kdf.memoryKiB,
      passes: kdf.iterations,
      lanes: kdf.parallelism,
      salt: toBase64(salt),
    },
    cipher: { name: CIPHER_NAME, iv: toBase64(iv) },
    data: toBase64(data),
  });
}

/** Everything but `data`, as GCM's associated data: a changed setting, salt or IV fails the tag too. */
function headerData({ kdf, salt, iv }: SealedHeader): Uint8Array<ArrayBuffer> {
  const { memoryKiB, iterations, parallelism } = kdf;
  const header = [BACKUP_FORMAT, SEALED_VERSION, KDF_NAME, memoryKiB, iterations, parallelism];
  return new TextEncoder().encode(JSON.stringify([...header, toBase64(salt), CIPHER_NAME, toBase64(iv)]));
}

/** Encrypts a plain file's text under `key` (seal.ts derived it with `header`'s settings and salt). */
export async function sealText(text: string, key: CryptoKey, header: SealedHeader): Promise<Envelope> {
  const plain = new TextEncoder().encode(text);
  const params = { name: 'AES-GCM', iv: new Uint8Array(header.iv), additionalData: headerData(header) };
  const data = new Uint8Array(await crypto.subtle.encrypt(params, key, plain));
  return { ...header, data };
}

/**
 * The plain file's text, or `undefined` when it does not open. AES-GCM cannot tell a wrong passphrase
 * (so a wrong key) from a changed byte: both fail the same tag check, so the person is told "wrong
 * passphrase, or the file is damaged", never one of the two.
 */
export async function openText(envelope: Envelope, key: CryptoKey): Promise<string | undefined> {
  try {
    const params = { name: 'AES-GCM', iv: new Uint8Array(envelope.iv), additionalData: headerData(envelope) };
    const plain = await crypto.subtle.decrypt(params, key, new Uint8Array(envelope.data));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly these keys, no more, no fewer. */
function hasKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/**
 * Base64's bytes, `length` of them if given; `undefined` for anything else. Only the canonical text
 * is taken: `atob` ignores the spare bits of the last character, so "QQ==" and "QR==" are both "A",
 * and a changed byte there would change nothing the check could see.
 */
export function fromBase64(text: unknown, length?: number): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    return undefined;
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  if (length !== undefined && bytes.length !== length) return undefined;
  return toBase64(bytes) === text ? bytes : undefined;
}
