import { localIsoDate } from '../../shared/local-date';
import { isMedia, type Media } from '../incident-record';
import { deriveFileKey, KDF_PARAMS, SALT_BYTES, type KdfParams } from '../lock/kdf';
import { normalizePassphrase } from '../lock/passphrase';
import { readAll } from '../read-records';
import { attempt, StorageError, type StorageResult } from '../result';
import { STORES } from '../schema';
import {
  chunkParams,
  headerLine,
  MAX_MEDIA_FILE_BYTES,
  MEDIA_CHUNK_BYTES,
  MEDIA_FORMAT,
  MEDIA_VERSION,
  sealedHeaderLine,
  TAG_BYTES,
  type MediaHeader,
  type MediaSealedHeader,
} from './media-format';

// Says nothing of the app or of what the files show (tests/unit/file-names.test.ts).
/** The media file's default name, with the person's local date (`YYYY-MM-DD`). */
export const mediaFileName = (date: string): string => `files-${date}.bin`;

/** A media file ready to be saved. */
export interface MediaFile {
  blob: Blob;
  fileName: string;
  /** Photos and videos in it. */
  count: number;
  /** Damaged ones that could not be read, so are not in it. */
  unreadable: number;
}

/** What a media file made now would hold: how many photos and videos, and the file's size in bytes. */
export interface MediaSummary {
  count: number;
  bytes: number;
  /** Whether the file, encrypted, would stay within MAX_MEDIA_FILE_BYTES (else it cannot be read back). */
  fits: boolean;
}

/** Every photo and video stored, in the media file's form (not yet encrypted). */
export function exportMedia(now = new Date()): Promise<StorageResult<MediaFile>> {
  return attempt(async () => {
    const { header, blobs, unreadable } = await collectMedia(now);
    const blob = new Blob([headerLine(header), ...blobs], { type: 'application/octet-stream' });
    if (!fits(blob.size)) throw new StorageError('invalid');
    return { blob, fileName: mediaFileName(localIsoDate(now)), count: blobs.length, unreadable };
  });
}

/** How many photos and videos a media file would hold now, and its size. */
export function mediaSummary(): Promise<StorageResult<MediaSummary>> {
  return attempt(async () => {
    const { header, blobs } = await collectMedia(new Date());
    const bytes = headerLine(header).length + blobs.reduce((sum, blob) => sum + blob.size, 0);
    return { count: blobs.length, bytes, fits: fits(bytes) };
  });
}

/** Room left for sealing: 16 bytes per MiB chunk and the encrypted file's first line. */
const fits = (plainBytes: number) =>
  plainBytes + Math.ceil(plainBytes / MEDIA_CHUNK_BYTES) * TAG_BYTES + 1024 <= MAX_MEDIA_FILE_BYTES;

async function collectMedia(now: Date): Promise<{ header: MediaHeader; blobs: Blob[]; unreadable: number }> {
  const { records, unreadable } = await readAll(STORES.media, isMedia);
  const stored = records
    .map(({ key, value }) => ({ mediaId: key.slice(key.indexOf(':') + 1), media: value }))
    .filter(({ media, mediaId }) => media.bytes.size === media.size && mediaId !== '')
    .sort((a, b) => byRecordThenTime(a.media, b.media));
  const header: MediaHeader = {
    format: MEDIA_FORMAT,
    version: MEDIA_VERSION,
    exportedAt: now.toISOString(),
    items: stored.map(({ mediaId, media }) => ({
      recordId: media.recordId,
      mediaId,
      type: media.type,
      size: media.size,
      sha256: media.sha256,
      takenAt: media.takenAt,
    })),
  };
  const left = records.length - stored.length;
  return { header, blobs: stored.map(({ media }) => media.bytes), unreadable: unreadable + left };
}

function byRecordThenTime(a: Media, b: Media): number {
  return a.recordId.localeCompare(b.recordId) || a.takenAt.localeCompare(b.takenAt);
}

/**
 * `file` encrypted with `passphrase` (normalized as the lock does), a new salt and nonce, at the lock's
 * settings: the first line says how its key is derived, then the plain file in 1 MiB chunks, each sealed
 * apart (media-format.ts), so it is made, and read back, one chunk at a time. `invalid` for an empty
 * passphrase.
 */
export function sealMediaFile(
  file: MediaFile,
  passphrase: string,
  params: KdfParams = KDF_PARAMS,
): Promise<StorageResult<MediaFile>> {
  return attempt(async () => {
    if (!normalizePassphrase(passphrase)) throw new StorageError('invalid');
    const header: MediaSealedHeader = {
      kdf: { ...params },
      salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
      nonce: crypto.getRandomValues(new Uint8Array(8)),
    };
    const key = await deriveFileKey(passphrase, header.salt, header.kdf);
    const line = sealedHeaderLine(header);
    const chunks = Math.ceil(file.blob.size / MEDIA_CHUNK_BYTES);
    const parts: BlobPart[] = [line];
    for (let index = 0; index < chunks; index += 1) {
      const start = index * MEDIA_CHUNK_BYTES;
      const plain = await file.blob.slice(start, start + MEDIA_CHUNK_BYTES).arrayBuffer();
      const params = chunkParams(line, header.nonce, index, index === chunks - 1);
      parts.push(await crypto.subtle.encrypt(params, key, plain));
    }
    return { ...file, blob: new Blob(parts, { type: 'application/octet-stream' }) };
  });
}
