import * as v from 'valibot';
import { seal, type Sealed } from '../codec';
import { getDB } from '../db';
import { isMedia, mediaKey, type Media } from '../incident-record';
import { roomFor } from '../persistence';
import { inOneTransaction, putRow } from '../records';
import { attempt, StorageError, type StorageResult } from '../result';
import { STORES } from '../schema';
import { MediaItemSchema } from './media-format';
import type { MediaRead } from './media-read';

/**
 * What a checked media file would do on this phone: photos and videos `added` to records on the phone,
 * `already` here (the same record and photo), `noRecord` skipped because their record is not on this
 * phone (bring in the backup file first: a photo is kept only inside its record).
 */
export interface MediaImportCount {
  added: number;
  already: number;
  noRecord: number;
}

/** Counts what `importMedia` would do now, changing nothing. */
export function previewMedia(items: MediaRead[]): Promise<StorageResult<MediaImportCount>> {
  return attempt(async () => sort(items, await keysOnPhone()).count);
}

/**
 * Keeps a checked media file's photos and videos (media-read.ts checked each one's SHA-256) in the
 * `media` store, through the codec, in one transaction: all that go into a record on this phone, or (a
 * full phone, a record deleted meanwhile in another tab being only skipped) nothing. One already here
 * stays as it is; one whose record is not on this phone is skipped and counted.
 */
export function importMedia(items: MediaRead[]): Promise<StorageResult<MediaImportCount>> {
  return attempt(async () => {
    const media = items.map(asMedia);
    const before = sort(items, await keysOnPhone());
    const adding = before.toAdd.map((index) => ({
      item: items[index] as MediaRead,
      media: media[index] as Media,
    }));
    if (!(await roomFor(adding.reduce((sum, { media }) => sum + media.size, 0))))
      throw new StorageError('quota');
    // Sealed before the transaction (only IndexedDB may be awaited inside one).
    const rows: { key: string; recordId: string; body: Sealed }[] = [];
    for (const { item, media } of adding) {
      const key = mediaKey(item.recordId, item.mediaId);
      rows.push({ key, recordId: item.recordId, body: await seal(media, { store: STORES.media, key }) });
    }
    const count: MediaImportCount = { ...before.count, added: 0 };
    await inOneTransaction([STORES.incidents, STORES.media], STORES.media, async (tx) => {
      // Checked again inside: another tab may have deleted a record, or brought in the same file.
      for (const { key, recordId, body } of rows) {
        if ((await tx.objectStore(STORES.incidents).getKey(recordId)) === undefined) count.noRecord += 1;
        else if ((await tx.objectStore(STORES.media).getKey(key)) !== undefined) count.already += 1;
        else {
          await putRow(tx, { store: STORES.media, key }, 1, body);
          count.added += 1;
        }
      }
    });
    return count;
  });
}

interface OnPhone {
  records: Set<string>;
  media: Set<string>;
}

async function keysOnPhone(): Promise<OnPhone> {
  const db = await getDB();
  const tx = db.transaction([STORES.incidents, STORES.media]);
  const [records, media] = await Promise.all([
    tx.objectStore(STORES.incidents).getAllKeys(),
    tx.objectStore(STORES.media).getAllKeys(),
  ]);
  return { records: new Set(records.map(String)), media: new Set(media.map(String)) };
}

/** Which items would be added (their indexes), and the count of each outcome. */
function sort(items: MediaRead[], phone: OnPhone): { toAdd: number[]; count: MediaImportCount } {
  const toAdd: number[] = [];
  const count: MediaImportCount = { added: 0, already: 0, noRecord: 0 };
  for (const [index, item] of items.entries()) {
    if (!phone.records.has(item.recordId)) count.noRecord += 1;
    else if (phone.media.has(mediaKey(item.recordId, item.mediaId))) count.already += 1;
    else {
      toAdd.push(index);
      count.added += 1;
    }
  }
  return { toAdd, count };
}

/** The item as the media store keeps it, checked again here: this is the last gate to disk. */
function asMedia(item: MediaRead): Media {
  const { mediaId, bytes, ...rest } = item;
  const media = { ...rest, bytes };
  const ok =
    v.is(MediaItemSchema, { ...rest, mediaId }) &&
    bytes instanceof Blob &&
    bytes.size === item.size &&
    isMedia(media);
  if (!ok) throw new StorageError('invalid');
  return media;
}
