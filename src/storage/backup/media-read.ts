import * as v from 'valibot';
import { sha256Hex } from '../../shared/sha256';
import {
  chunkParams,
  isRecord,
  lineEnd,
  MAX_MEDIA_FILE_BYTES,
  MAX_MEDIA_HEADER_BYTES,
  MEDIA_CHUNK_BYTES,
  MEDIA_FORMAT,
  MEDIA_SEALED_VERSION,
  MediaHeaderSchema,
  readSealedHeader,
  TAG_BYTES,
  type MediaItem,
  type MediaSealedHeader,
} from './media-format';
import { textWithinLimits } from './read-file';

/** Why a media file was refused; each has its own message. */
export type MediaProblem =
  | 'too-large' // over MAX_MEDIA_FILE_BYTES: refused before reading
  | 'unreadable' // the browser could not read it
  | 'timed-out' // no progress for a long time: the worker was ended
  | 'wrong-format' // not a media file of this app
  | 'newer-version'
  | 'invalid' // the header is wrong, or the file holds more than it lists
  | 'cut' // the file is shorter than its header says
  | 'changed' // a file's bytes do not match its SHA-256
  | 'wrong-passphrase'; // a sealed chunk did not open: a wrong passphrase, or chunks changed, moved or cut

/** A photo or video read from the file, its hash checked. */
export interface MediaRead extends MediaItem {
  bytes: Blob;
}

export type MediaCheck =
  | { ok: true; exportedAt: string; items: MediaRead[] }
  | { ok: false; problem: MediaProblem }
  | { ok: false; problem: 'passphrase'; header: MediaSealedHeader };

class Refused extends Error {
  constructor(readonly problem: MediaProblem) {
    super(problem);
  }
}

/** Bytes read front to back: never more of the file in memory than one item (to hash it) or one chunk. */
interface ByteStream {
  readonly left: number;
  /** Up to `max` of the next bytes, not taken. */
  head(max: number): Promise<Uint8Array>;
  /** The next `count` bytes, taken. */
  next(count: number, type?: string): Promise<Blob>;
}

/**
 * Reads and checks a media file (media-format.ts); never throws, changes nothing stored. The size is
 * checked before anything is read; the first line is read alone and parsed (512 KB at most); then each
 * item is read in turn as a slice of the file and its SHA-256 compared with the header's. An encrypted
 * file is opened chunk by chunk with `key`; without one, the answer is what its key is derived from.
 */
export async function readMediaFile(
  file: Blob,
  key?: CryptoKey,
  onProgress: (fraction: number) => void = () => {},
): Promise<MediaCheck> {
  if (file.size > MAX_MEDIA_FILE_BYTES) return { ok: false, problem: 'too-large' };
  try {
    const outer = blobStream(file);
    const { json, length } = firstLine(await outer.head(MAX_MEDIA_HEADER_BYTES + 1));
    if (json['version'] !== MEDIA_SEALED_VERSION) return await readPlain(outer, onProgress);
    const header = readSealedHeader(json);
    if (!header) throw new Refused('invalid');
    if (!key) return { ok: false, problem: 'passphrase', header };
    const line = new Uint8Array(await (await outer.next(length)).arrayBuffer());
    return await readPlain(sealedStream(file, line, header, key, onProgress), onProgress);
  } catch (error) {
    return { ok: false, problem: error instanceof Refused ? error.problem : 'unreadable' };
  }
}

async function readPlain(stream: ByteStream, onProgress: (fraction: number) => void): Promise<MediaCheck> {
  const total = stream.left;
  const { json, length } = firstLine(await stream.head(MAX_MEDIA_HEADER_BYTES + 1));
  // An encrypted file inside another is not one this app makes.
  if (json['version'] === MEDIA_SEALED_VERSION) throw new Refused('invalid');
  const parsed = v.safeParse(MediaHeaderSchema, json, { abortEarly: true });
  if (!parsed.success) throw new Refused('invalid');
  const { items, exportedAt } = parsed.output;
  const keys = new Set(items.map((item) => `${item.recordId}:${item.mediaId}`));
  if (keys.size !== items.length) throw new Refused('invalid');
  // Before any item is read: the file holds exactly what its header lists.
  const listed = length + items.reduce((sum, item) => sum + item.size, 0);
  if (listed > total) throw new Refused('cut');
  if (listed < total) throw new Refused('invalid');
  await stream.next(length);
  const read: MediaRead[] = [];
  let done = length;
  for (const item of items) {
    const bytes = await stream.next(item.size, item.type);
    // Each file's hash before it is kept: a changed byte anywhere refuses the whole file.
    if ((await sha256Hex(await bytes.arrayBuffer())) !== item.sha256) throw new Refused('changed');
    read.push({ ...item, bytes });
    done += item.size;
    onProgress(done / total);
  }
  return { ok: true, exportedAt, items: read };
}

/** The first line's JSON and its length with the line feed; refused when there is no such line. */
function firstLine(head: Uint8Array): { json: Record<string, unknown>; length: number } {
  const end = lineEnd(head);
  if (end < 0) throw new Refused(head.length > MAX_MEDIA_HEADER_BYTES ? 'invalid' : 'wrong-format');
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    if (!textWithinLimits(text)) throw new Refused('invalid');
    json = JSON.parse(text);
  } catch (error) {
    throw error instanceof Refused ? error : new Refused('wrong-format');
  }
  if (!isRecord(json) || json['format'] !== MEDIA_FORMAT) throw new Refused('wrong-format');
  const version = json['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > MEDIA_SEALED_VERSION)
    throw new Refused('newer-version');
  return { json, length: end + 1 };
}

/** A plain file, read by slices. */
function blobStream(file: Blob): ByteStream {
  let at = 0;
  return {
    get left() {
      return file.size - at;
    },
    async head(max) {
      return new Uint8Array(await file.slice(at, at + max).arrayBuffer());
    },
    async next(count, type) {
      if (at + count > file.size) throw new Refused('cut');
      at += count;
      return file.slice(at - count, at, type);
    },
  };
}

/**
 * An encrypted file's plain bytes, each chunk opened in turn as they are asked for. The chunks' number
 * follows from the file's size; the last is the only one that may be shorter, and the only one sealed as
 * last: a file cut at a chunk's end fails on the chunk that was not sealed as the last.
 */
function sealedStream(
  file: Blob,
  line: Uint8Array,
  header: MediaSealedHeader,
  key: CryptoKey,
  onProgress: (fraction: number) => void,
): ByteStream {
  const step = MEDIA_CHUNK_BYTES + TAG_BYTES;
  const sealedBytes = file.size - line.length;
  const chunks = Math.ceil(sealedBytes / step);
  if (chunks < 1 || sealedBytes - (chunks - 1) * step <= TAG_BYTES) throw new Refused('cut');
  const plainBytes = sealedBytes - chunks * TAG_BYTES;
  const parts: Uint8Array[] = [];
  let index = 0;
  let buffered = 0;
  let taken = 0;
  const fill = async (count: number) => {
    while (buffered < count && index < chunks) {
      const start = line.length + index * step;
      const sealed = await file.slice(start, start + step).arrayBuffer();
      const params = chunkParams(line, header.nonce, index, index === chunks - 1);
      const plain = await crypto.subtle.decrypt(params, key, sealed).catch(() => {
        throw new Refused('wrong-passphrase');
      });
      parts.push(new Uint8Array(plain));
      buffered += plain.byteLength;
      index += 1;
      onProgress(index / chunks); // a large video is many chunks: the screen moves as they open
    }
  };
  return {
    get left() {
      return plainBytes - taken;
    },
    async head(max) {
      await fill(max);
      return joined(parts, Math.min(max, buffered));
    },
    async next(count, type) {
      await fill(count);
      if (buffered < count) throw new Refused('cut');
      const out: Uint8Array[] = [];
      let wanted = count;
      while (wanted > 0) {
        const part = parts[0] as Uint8Array;
        if (part.length <= wanted) {
          out.push(part);
          parts.shift();
          wanted -= part.length;
        } else {
          out.push(part.subarray(0, wanted));
          parts[0] = part.subarray(wanted);
          wanted = 0;
        }
      }
      buffered -= count;
      taken += count;
      return new Blob(out as BlobPart[], type === undefined ? {} : { type });
    },
  };
}

function joined(parts: Uint8Array[], count: number): Uint8Array {
  const out = new Uint8Array(count);
  let at = 0;
  for (const part of parts) {
    if (at >= count) break;
    const piece = part.subarray(0, count - at);
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
