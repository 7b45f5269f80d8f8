import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll } from '../../src/storage/backup/export';
import { importBackup } from '../../src/storage/backup/import';
import { parseBackup } from '../../src/storage/backup/read-file';
import {
  MAX_MEDIA_FILE_BYTES,
  MAX_MEDIA_HEADER_BYTES,
  MEDIA_CHUNK_BYTES,
  TAG_BYTES,
} from '../../src/storage/backup/media-format';
import { exportMedia, mediaSummary, sealMediaFile } from '../../src/storage/backup/media-export';
import { importMedia, previewMedia } from '../../src/storage/backup/media-import';
import { readMediaFile, type MediaCheck } from '../../src/storage/backup/media-read';
import { fileKey } from '../../src/storage/backup/seal';
import {
  MEDIA_STALL_MS,
  readMediaFileInWorker,
  type MediaMessage,
} from '../../src/storage/backup/read-media-in-worker';
import { addMedia, loadMedia, saveIncident } from '../../src/storage/incident-store';
import { closeChanges } from '../../src/storage/changes';
import { deleteAllData } from '../../src/storage/wipe';
import { useFreshDatabase } from './support/fresh-db';
import { must } from './support/must';

// The media backup file (src/storage/backup/media-format.ts): photos and videos apart from the backup file.
const QUICK = { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'río verde luna casa pan';

/** Bytes that differ at every place, so a moved or changed byte shows. */
function bytesOf(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index += 1) bytes[index] = (index * 31 + seed) & 0xff;
  return bytes;
}

const PHOTO_A = bytesOf(2000, 1);
const PHOTO_B = bytesOf(3000, 2);

/** A record with two photos, as the record screen saves them. */
async function recordWithPhotos(a: Uint8Array<ArrayBuffer> = PHOTO_A, b = PHOTO_B): Promise<void> {
  must(
    (await saveIncident({ id: 'rec-1', createdAt: '2026-03-14T07:10:00.000Z' }, undefined)).ok || undefined,
  );
  must(
    (await addMedia('rec-1', new Blob([a], { type: 'image/jpeg' }), Date.UTC(2026, 2, 14, 7, 6))).ok ||
      undefined,
  );
  must(
    (await addMedia('rec-1', new Blob([b], { type: 'image/png' }), Date.UTC(2026, 2, 14, 7, 7))).ok ||
      undefined,
  );
}

async function mediaFile(): Promise<Blob> {
  const made = await exportMedia(new Date('2026-03-15T00:00:00.000Z'));
  if (!made.ok) throw new Error(made.problem);
  return made.value.blob;
}

/** The main backup file brought back after "Delete all", as the person does first. */
async function deleteAllThenBringBackRecords(): Promise<void> {
  const backup = await exportAll();
  if (!backup.ok) throw new Error(backup.problem);
  must((await deleteAllData()).ok || undefined);
  const checked = parseBackup(backup.value.text);
  if (!checked.ok) throw new Error(checked.problem);
  must((await importBackup(checked.backup, 'replace', 'keep')).ok || undefined);
}

async function storedBytes(): Promise<string[]> {
  const loaded = await loadMedia('rec-1');
  if (!loaded.ok) throw new Error(loaded.problem);
  const all = await Promise.all(
    loaded.value.media.map(async ({ media }) => new Uint8Array(await media.bytes.arrayBuffer())),
  );
  return all.map((bytes) => Buffer.from(bytes).toString('hex'));
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function changed(blob: Blob, at: number): Promise<Blob> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return new Blob([bytes]);
}

const problem = (checked: MediaCheck) => (checked.ok ? 'ok' : checked.problem);

describe('the media backup file', () => {
  useFreshDatabase();
  afterEach(() => closeChanges());

  it('round trip: two photos saved, everything deleted, the backup then the media file brought back', async () => {
    await recordWithPhotos();
    const summary = await mediaSummary();
    const file = await mediaFile();
    expect(summary.ok && summary.value).toEqual({ count: 2, bytes: file.size, fits: true });
    await deleteAllThenBringBackRecords();
    expect(await storedBytes()).toEqual([]);

    const checked = await readMediaFile(file);
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.items.map((item) => [item.type, item.size])).toEqual([
      ['image/jpeg', 2000],
      ['image/png', 3000],
    ]);
    expect(await previewMedia(checked.items)).toEqual({
      ok: true,
      value: { added: 2, already: 0, noRecord: 0 },
    });
    expect(await importMedia(checked.items)).toEqual({
      ok: true,
      value: { added: 2, already: 0, noRecord: 0 },
    });
    expect(await storedBytes()).toEqual([hex(PHOTO_A), hex(PHOTO_B)]);
    // The same file again adds nothing.
    expect(await importMedia(checked.items)).toEqual({
      ok: true,
      value: { added: 0, already: 2, noRecord: 0 },
    });
  });

  it('a changed byte in a photo is refused by its SHA-256', async () => {
    await recordWithPhotos();
    const file = await mediaFile();
    expect(problem(await readMediaFile(await changed(file, file.size - 10)))).toBe('changed');
    expect(problem(await readMediaFile(file))).toBe('ok');
  });

  it('a cut file is refused before any photo is read, and so is one with bytes added', async () => {
    await recordWithPhotos();
    const file = await mediaFile();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    expect(problem(await readMediaFile(file.slice(0, file.size - 1)))).toBe('cut');
    expect(problem(await readMediaFile(new Blob([file, new Uint8Array([0])])))).toBe('invalid');
    expect(digest).not.toHaveBeenCalled();
    digest.mockRestore();
  });

  it('an oversized file, or first line, is refused before anything is parsed', async () => {
    const huge = { size: MAX_MEDIA_FILE_BYTES + 1, slice: vi.fn() } as unknown as Blob;
    expect(problem(await readMediaFile(huge))).toBe('too-large');
    expect(huge.slice).not.toHaveBeenCalled();

    const parse = vi.spyOn(JSON, 'parse');
    const longLine = `{"format":"defend-your-rights-media","version":1,"x":"${'a'.repeat(MAX_MEDIA_HEADER_BYTES)}"}\n`;
    expect(problem(await readMediaFile(new Blob([longLine])))).toBe('invalid');
    const deep = `${'['.repeat(100)}${']'.repeat(100)}\n`;
    expect(problem(await readMediaFile(new Blob([deep])))).toBe('invalid');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('refuses a type the record does not take, another format, and a newer version', async () => {
    await recordWithPhotos();
    const text = await (await mediaFile()).text();
    const asHtml = text.replace('"image/jpeg"', '"text/html" ');
    expect(problem(await readMediaFile(new Blob([asHtml])))).toBe('invalid');
    expect(problem(await readMediaFile(new Blob(['{"format":"x"}\n'])))).toBe('wrong-format');
    expect(problem(await readMediaFile(new Blob([bytesOf(5000, 3)])))).toBe('wrong-format');
    const newer = text.replace('"version":1', '"version":3');
    expect(problem(await readMediaFile(new Blob([newer])))).toBe('newer-version');
  });

  it('a photo whose record is not on the phone is skipped and counted; nothing is stored', async () => {
    await recordWithPhotos();
    const file = await mediaFile();
    must((await deleteAllData()).ok || undefined);
    const checked = await readMediaFile(file);
    if (!checked.ok) throw new Error(checked.problem);
    expect(await previewMedia(checked.items)).toEqual({
      ok: true,
      value: { added: 0, already: 0, noRecord: 2 },
    });
    expect(await importMedia(checked.items)).toEqual({
      ok: true,
      value: { added: 0, already: 0, noRecord: 2 },
    });
    expect(await storedBytes()).toEqual([]);
  });

  it('an item changed on its way to the store (a size that is not its bytes) is refused, nothing stored', async () => {
    await recordWithPhotos();
    const file = await mediaFile();
    await deleteAllThenBringBackRecords();
    const checked = await readMediaFile(file);
    if (!checked.ok) throw new Error(checked.problem);
    const [first, second] = checked.items;
    const wrong = { ...must(second), size: 1 };
    expect(await importMedia([must(first), wrong])).toEqual({ ok: false, problem: 'invalid' });
    expect(await storedBytes()).toEqual([]);
  });
});

describe('the encrypted media file', () => {
  useFreshDatabase();
  afterEach(() => closeChanges());

  // Two photos over 1 MiB: the file is three chunks.
  const BIG_A = bytesOf(1_200_000, 5);
  const BIG_B = bytesOf(900_000, 6);

  async function sealedFile(): Promise<Blob> {
    await recordWithPhotos(BIG_A, BIG_B);
    const plain = await exportMedia();
    if (!plain.ok) throw new Error(plain.problem);
    const sealed = await sealMediaFile(plain.value, PASSPHRASE, QUICK);
    if (!sealed.ok) throw new Error(sealed.problem);
    return sealed.value.blob;
  }

  async function openWith(file: Blob, passphrase = PASSPHRASE): Promise<MediaCheck> {
    const first = await readMediaFile(file);
    if (first.ok || first.problem !== 'passphrase') return first;
    const key = await fileKey(passphrase, first.header);
    if (!key.ok) throw new Error(key.problem);
    return readMediaFile(file, key.value);
  }

  /** The first line's length and the sealed chunks, as the file holds them. */
  async function partsOf(file: Blob): Promise<{ line: Uint8Array; chunks: Uint8Array[] }> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const end = bytes.indexOf(0x0a) + 1;
    const chunks: Uint8Array[] = [];
    for (let at = end; at < bytes.length; at += MEDIA_CHUNK_BYTES + TAG_BYTES)
      chunks.push(bytes.subarray(at, at + MEDIA_CHUNK_BYTES + TAG_BYTES));
    return { line: bytes.subarray(0, end), chunks };
  }

  it('holds no photo in clear, and opens with its passphrase only', async () => {
    const file = await sealedFile();
    const text = Buffer.from(await file.arrayBuffer());
    expect(text.includes(Buffer.from(BIG_A.subarray(0, 64)))).toBe(false);
    expect(text.includes(Buffer.from('image/jpeg'))).toBe(false);
    expect(problem(await openWith(file, 'wrong words'))).toBe('wrong-passphrase');
    const opened = await openWith(file);
    if (!opened.ok) throw new Error(opened.problem);
    await deleteAllThenBringBackRecords();
    expect((await importMedia(opened.items)).ok).toBe(true);
    expect(await storedBytes()).toEqual([hex(BIG_A), hex(BIG_B)]);
  });

  it('refuses chunks swapped, a chunk left out, a file cut at a chunk end or inside one, a changed byte', async () => {
    const file = await sealedFile();
    const { line, chunks } = await partsOf(file);
    expect(chunks).toHaveLength(3);
    const [a, b, c] = chunks as [Uint8Array, Uint8Array, Uint8Array];
    const swapped = new Blob([line, b, a, c] as BlobPart[]);
    const leftOut = new Blob([line, a, c] as BlobPart[]);
    const cutAtEnd = new Blob([line, a, b] as BlobPart[]);
    const cutInside = file.slice(0, file.size - 5);
    // Moved or changed: GCM's check fails (each chunk's index is in its IV and associated data).
    expect(problem(await openWith(swapped))).toBe('wrong-passphrase');
    expect(problem(await openWith(await changed(file, line.length + 100)))).toBe('wrong-passphrase');
    // Shorter: refused, by the sizes the first chunk's header lists, or by the chunk sealed as the last.
    for (const bad of [leftOut, cutAtEnd, cutInside])
      expect(['cut', 'wrong-passphrase']).toContain(problem(await openWith(bad)));
    expect(problem(await openWith(file))).toBe('ok');
  });
});

describe('reading a media file in its worker', () => {
  afterEach(() => vi.useRealTimers());

  it('shows its progress, and ends a worker that stops moving (60 s with no step)', async () => {
    vi.useFakeTimers();
    const fake = { postMessage: vi.fn(), terminate: vi.fn(), onmessage: null, onerror: null };
    const seen: number[] = [];
    const reading = readMediaFileInWorker(new Blob(['x']), {
      start: () => fake as unknown as Worker,
      onProgress: (fraction) => seen.push(fraction),
    });
    const step = (progress: number) =>
      (fake.onmessage as unknown as (event: { data: MediaMessage }) => void)({ data: { progress } });
    vi.advanceTimersByTime(MEDIA_STALL_MS - 1);
    step(0.5);
    vi.advanceTimersByTime(MEDIA_STALL_MS - 1); // a long read that moves is not ended
    step(0.9);
    expect(fake.terminate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MEDIA_STALL_MS);
    expect(await reading).toEqual({ ok: false, problem: 'timed-out' });
    expect(seen).toEqual([0.5, 0.9]);
    expect(fake.terminate).toHaveBeenCalled();
  });

  it('refuses a file over the limit without starting a worker', async () => {
    const start = vi.fn();
    const huge = { size: MAX_MEDIA_FILE_BYTES + 1 } as Blob;
    expect(await readMediaFileInWorker(huge, { start })).toEqual({ ok: false, problem: 'too-large' });
    expect(start).not.toHaveBeenCalled();
  });
});
