import * as v from 'valibot';
import {
  IncidentSchema,
  isIncident,
  isMedia,
  MEDIA_MAX_BYTES,
  mediaKey,
  type Incident,
  type Media,
} from './incident-record';
import { roomFor } from './persistence';
import { readAll, startingWith } from './read-records';
import { commit, inOneTransaction, writeDropped, writeLatest } from './records';
import { attempt, StorageError, type StorageResult } from './result';
import { STORES } from './schema';
import { watched } from './watched';
import { sha256Hex } from '../shared/sha256';

/** A record as read from the phone, with the revision a later save must be based on. */
export interface SavedIncident {
  incident: Incident;
  rev: number;
}

export interface IncidentList {
  /** Newest first. */
  incidents: SavedIncident[];
  /** Records on the phone that could not be read (damaged): reported, never dropped. */
  unreadable: number;
}

/** Every record, newest first. */
export function listIncidents(): Promise<StorageResult<IncidentList>> {
  return attempt(async () => {
    const { records, unreadable } = await readAll(STORES.incidents, isIncident);
    const incidents = records
      .map(({ rev, value }) => ({ incident: value, rev }))
      .sort((a, b) => b.incident.createdAt.localeCompare(a.incident.createdAt));
    return { incidents, unreadable };
  });
}

/** Every record, kept current on screen (src/ui/use-stored.ts). */
export const watchedIncidents = watched([STORES.incidents], listIncidents);

/** No records, read from nowhere: for a screen that shows the list only on some routes. */
export const noIncidents = watched([], () =>
  Promise.resolve({ ok: true as const, value: { incidents: [], unreadable: 0 } }),
);

/** A new, empty record, not saved yet: its first save stores it. */
export function newIncident(now: Date): Incident {
  return { id: crypto.randomUUID(), createdAt: now.toISOString() };
}

/**
 * Saves a record, checked against its schema; refused as 'stale' when another tab saved it since
 * `expectedRev` (`undefined`: it must be new). Returns the new revision.
 */
export function saveIncident(
  incident: Incident,
  expectedRev: number | undefined,
): Promise<StorageResult<number>> {
  return attempt(async () => {
    const parsed = v.safeParse(IncidentSchema, incident, { abortEarly: true });
    if (!parsed.success) throw new StorageError('invalid');
    try {
      const revisions = await commit(STORES.incidents, [
        { key: incident.id, value: parsed.output, expectedRev },
      ]);
      return revisions.get(incident.id) ?? 1;
    } catch (error) {
      // Locked: a new record goes to the drop box, readable again once the passphrase is entered.
      if (!isLocked(error)) throw error;
      return writeDropped(STORES.incidents, incident.id, parsed.output, expectedRev);
    }
  });
}

/** Deletes a record and, in the same transaction, every photo and video of it. */
export function deleteIncident(id: string, rev: number): Promise<StorageResult<void>> {
  return attempt(async () => {
    await inOneTransaction([STORES.incidents, STORES.media], STORES.incidents, async (tx) => {
      if ((await tx.objectStore(STORES.incidents).get(id))?.rev !== rev) throw new StorageError('stale');
      await tx.objectStore(STORES.incidents).delete(id);
      await tx.objectStore(STORES.media).delete(startingWith(mediaKey(id, '')));
    });
  });
}

/** A photo or video as read from the phone. */
export interface SavedMedia {
  key: string;
  media: Media;
}

/** A record's photos and videos, oldest first; `unreadable` counts those that did not open. */
export function loadMedia(
  recordId: string,
): Promise<StorageResult<{ media: SavedMedia[]; unreadable: number }>> {
  return attempt(async () => {
    const read = await readAll(STORES.media, isMedia, mediaKey(recordId, ''));
    const media = read.records
      .map(({ key, value }) => ({ key, media: value }))
      .sort((a, b) => a.media.takenAt.localeCompare(b.media.takenAt));
    return { media, unreadable: read.unreadable };
  });
}

/** A record's photos and videos, kept current on screen. */
export function watchedMedia(recordId: string) {
  return watched([STORES.media], () => loadMedia(recordId));
}

/**
 * Keeps a photo or video in a saved record, as it is, with its SHA-256. Refused as 'quota' before
 * anything is written when the phone says it has no room for it (`navigator.storage.estimate`), or
 * when the browser refuses the write; as 'invalid' when it is past `MEDIA_MAX_BYTES` (the phone may
 * have room: the limit is ours); as 'stale' when the record was deleted meanwhile.
 */
export function addMedia(
  recordId: string,
  file: Blob,
  lastModified: number,
): Promise<StorageResult<SavedMedia>> {
  return attempt(async () => {
    if (file.size > MEDIA_MAX_BYTES) throw new StorageError('invalid');
    // The phone's answer on room and the file's hash at the same time: both before anything is written.
    const [room, hash] = await Promise.all([roomFor(file.size), sha256(file)]);
    if (!room) throw new StorageError('quota');
    const media: Media = {
      recordId,
      sha256: hash,
      size: file.size,
      type: mediaType(file.type),
      takenAt: new Date(Number.isFinite(lastModified) ? lastModified : Date.now()).toISOString(),
      bytes: file,
    };
    if (!isMedia(media)) throw new StorageError('invalid');
    const key = mediaKey(recordId, crypto.randomUUID());
    const record = { store: STORES.incidents, key: recordId };
    await writeLatest(STORES.media, key, media, record).catch((error: unknown) => {
      if (!isLocked(error)) throw error;
      return writeDropped(STORES.media, key, media, undefined, record);
    });
    return { key, media };
  });
}

/** Deletes one photo or video. */
export function deleteMedia(key: string): Promise<StorageResult<void>> {
  return attempt(async () => {
    await commit(STORES.media, [{ key, expectedRev: 'any' }]);
  });
}

/** The file's SHA-256, in hex (WebCrypto). */
export async function sha256(file: Blob): Promise<string> {
  return sha256Hex(await file.arrayBuffer());
}

/** Some phones give no type for a file from the gallery: it is kept as an image of unknown type. */
function mediaType(type: string): string {
  return /^(image|video)\/[\w.+-]{1,60}$/.test(type) ? type : 'image/unknown';
}

function isLocked(error: unknown): boolean {
  return error instanceof StorageError && error.problem === 'locked';
}
