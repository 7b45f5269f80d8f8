import * as v from 'valibot';
import { MediaSchema } from '../incident-record';
import { isSafeKdf, SALT_BYTES, type KdfParams } from '../lock/kdf-params';
import { fromBase64, toBase64 } from './envelope';

/**
 * The media backup file (README, "Backup file"): incident records' photos and videos, apart from the
 * backup file, which holds their text and has a 5 MB limit. Made to be read as a stream:
 *   line 1: a JSON header, `{ format, version: 1, exportedAt, items: [{ recordId, mediaId, type, size,
 *           sha256, takenAt }] }`, then a line feed (JSON.stringify writes none inside);
 *   then each item's bytes, one after another, in the header's order, nothing between or after.
 * The file's size must be exactly the header's line plus the items' sizes: a cut file is refused before
 * any item is read. Encrypted (version 2): a first line of its own (the key's settings, the nonce, the
 * chunk size), then a version 1 file cut in 1 MiB chunks, each sealed with AES-256-GCM, its index and
 * whether it is the last in the associated data: chunks moved, left out or cut off do not open.
 */
export const MEDIA_FORMAT = 'defend-your-rights-media';
export const MEDIA_VERSION = 1;
export const MEDIA_SEALED_VERSION = 2;

/** The file, plain or encrypted, is refused above this before anything is read. */
export const MAX_MEDIA_FILE_BYTES = 200 * 1024 * 1024;
/** The first line is read in one piece of at most this many bytes; 1,000 items take about 250 KB. */
export const MAX_MEDIA_HEADER_BYTES = 512 * 1024;
export const MAX_MEDIA_ITEMS = 1000;
/** The plain bytes in each sealed chunk but the last; GCM adds its 16-byte tag to each. */
export const MEDIA_CHUNK_BYTES = 1024 * 1024;
export const TAG_BYTES = 16;
const NONCE_BYTES = 8;

const LF = 0x0a;

/** One photo or video as the header lists it: what the media store keeps, its bytes apart. */
export const MediaItemSchema = v.strictObject({
  recordId: MediaSchema.entries.recordId,
  mediaId: MediaSchema.entries.recordId,
  type: MediaSchema.entries.type,
  size: MediaSchema.entries.size,
  sha256: MediaSchema.entries.sha256,
  takenAt: MediaSchema.entries.takenAt,
});

export type MediaItem = v.InferOutput<typeof MediaItemSchema>;

export const MediaHeaderSchema = v.strictObject({
  format: v.literal(MEDIA_FORMAT),
  version: v.literal(MEDIA_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  items: v.pipe(v.array(MediaItemSchema), v.maxLength(MAX_MEDIA_ITEMS)),
});

export type MediaHeader = v.InferOutput<typeof MediaHeaderSchema>;

/** What an encrypted media file's key is derived with, and its chunks' nonce. */
export interface MediaSealedHeader {
  kdf: KdfParams;
  salt: Uint8Array;
  nonce: Uint8Array;
}

/** The first line, as bytes with its line feed. */
export function headerLine(header: object): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(header)}\n`);
}

/** Where the first line ends (its line feed), or -1 when there is none in `bytes`. */
export function lineEnd(bytes: Uint8Array): number {
  return bytes.indexOf(LF);
}

/** The encrypted file's first line. */
export function sealedHeaderLine({ kdf, salt, nonce }: MediaSealedHeader): Uint8Array<ArrayBuffer> {
  return headerLine({
    format: MEDIA_FORMAT,
    version: MEDIA_SEALED_VERSION,
    kdf: {
      name: 'argon2id',
      memory: kdf.memoryKiB,
      passes: kdf.iterations,
      lanes: kdf.parallelism,
      salt: toBase64(salt),
    },
    cipher: { name: 'AES-GCM', nonce: toBase64(nonce), chunk: MEDIA_CHUNK_BYTES },
  });
}

/**
 * The encrypted file's first line read strictly: exact keys, settings within the caps (refused before
 * anyone is asked for a passphrase), salt and nonce of their length, the one chunk size; else undefined.
 */
export function readSealedHeader(json: Record<string, unknown>): MediaSealedHeader | undefined {
  if (!hasKeys(json, ['format', 'version', 'kdf', 'cipher'])) return undefined;
  const { kdf, cipher } = json;
  if (!isRecord(kdf) || !hasKeys(kdf, ['name', 'memory', 'passes', 'lanes', 'salt'])) return undefined;
  if (!isRecord(cipher) || !hasKeys(cipher, ['name', 'nonce', 'chunk'])) return undefined;
  if (kdf['name'] !== 'argon2id' || cipher['name'] !== 'AES-GCM') return undefined;
  if (cipher['chunk'] !== MEDIA_CHUNK_BYTES) return undefined;
  const params = { memoryKiB: kdf['memory'], iterations: kdf['passes'], parallelism: kdf['lanes'] };
  if (!isSafeKdf(params as KdfParams)) return undefined;
  const salt = fromBase64(kdf['salt'], SALT_BYTES);
  const nonce = fromBase64(cipher['nonce'], NONCE_BYTES);
  return salt && nonce ? { kdf: params as KdfParams, salt, nonce } : undefined;
}

/**
 * One chunk's AES-GCM parameters: its IV is the file's nonce and its index; its associated data the
 * file's first line, its index and whether it is the last, so a chunk moved, dropped, or a file cut at
 * a chunk's end, fails GCM's check.
 */
export function chunkParams(line: Uint8Array, nonce: Uint8Array, index: number, last: boolean): AesGcmParams {
  const iv = new Uint8Array(12);
  iv.set(nonce);
  new DataView(iv.buffer).setUint32(NONCE_BYTES, index);
  const ad = new TextEncoder().encode(JSON.stringify([index, last ? 1 : 0]));
  const additionalData = new Uint8Array(line.length + ad.length);
  additionalData.set(line);
  additionalData.set(ad, line.length);
  return { name: 'AES-GCM', iv, additionalData };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}
