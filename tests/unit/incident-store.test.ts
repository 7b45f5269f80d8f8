import { openDB } from 'idb';
import * as v from 'valibot';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { exportAll } from '../../src/storage/backup/export';
import { importBackup } from '../../src/storage/backup/import';
import { parseBackup } from '../../src/storage/backup/read-file';
import { IncidentSchema, type Incident } from '../../src/storage/incident-record';
import {
  addMedia,
  deleteIncident,
  listIncidents,
  loadMedia,
  newIncident,
  saveIncident,
  sha256,
} from '../../src/storage/incident-store';
import type * as Kdf from '../../src/storage/lock/kdf';
import { lockNow, removeLock, setLock, unlock } from '../../src/storage/lock-store';
import { closeDB, getDB } from '../../src/storage/db';
import { DB_NAME, RECORD_SHAPES, STORES } from '../../src/storage/schema';
import { deleteAllData } from '../../src/storage/wipe';
import { useFreshDatabase } from './support/fresh-db';
import { allSealed, MARK, onDisk, PASSPHRASE, textOnDisk, useClockPastWaits } from './support/lock';
import { must } from './support/must';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

useClockPastWaits();

const full = (id: string, createdAt: string): Incident => ({
  id,
  createdAt,
  when: '2026-03-14T07:05',
  where: `Calle 5 y Main ${MARK}`,
  position: { latitude: 34.05, longitude: -118.25, accuracy: 20 },
  agency: 'ICE, HSI on the vests',
  agents: '8',
  vehicles: 'Two grey vans, 7ABC123',
  badges: 'Badge 4417',
  saidAndDid: 'Knocked, said they were police.',
  warrantShown: 'yes',
  warrantKind: 'ice',
  warrantNotes: 'Form I-205',
  taken: [
    { name: 'Luis Pérez', dateOfBirth: '1990-02-03', countryOfBirth: 'Guatemala', aNumber: '123456789' },
  ],
  witnesses: [{ name: 'Rosa', phone: '213 555 0100' }],
  notes: 'Line one\nline two',
});

/** A small "photo": bytes a raw search of the disk can look for. */
const photo = () => new Blob([`JPEG-bytes-${MARK}`], { type: 'image/jpeg' });

async function savedWithPhoto(): Promise<{ incident: Incident; key: string }> {
  const incident = full('rec-1', '2026-03-14T07:10:00.000Z');
  must((await saveIncident(incident, undefined)).ok || undefined);
  const added = await addMedia(incident.id, photo(), Date.UTC(2026, 2, 14, 7, 6));
  if (!added.ok) throw new Error(added.problem);
  return { incident, key: added.value.key };
}

describe('the incident record', () => {
  it('takes every field, and nothing but the id and start time is required', () => {
    expect(v.is(IncidentSchema, full('a', '2026-03-14T07:10:00.000Z'))).toBe(true);
    expect(v.is(IncidentSchema, newIncident(new Date()))).toBe(true);
  });

  it('refuses an unknown field, an over-long text, a control character, a bad A-number or date', () => {
    const base = full('a', '2026-03-14T07:10:00.000Z');
    expect(v.is(IncidentSchema, { ...base, extra: 1 })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, notes: 'x'.repeat(5001) })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, agency: 'ICE\u202e' })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, taken: [{ aNumber: '12' }] })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, taken: [{ dateOfBirth: '1990-13-40' }] })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, taken: [{ name: 'a', extra: 1 }] })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, witnesses: Array(21).fill({}) })).toBe(false);
  });
});

describe('incident storage', () => {
  useFreshDatabase();
  afterEach(() => vi.unstubAllGlobals());

  it('lists records newest first, and refuses a save based on an older revision', async () => {
    expect((await saveIncident(full('old', '2026-03-01T00:00:00.000Z'), undefined)).ok).toBe(true);
    expect(await saveIncident(full('new', '2026-03-14T00:00:00.000Z'), undefined)).toEqual({
      ok: true,
      value: 1,
    });
    const list = await listIncidents();
    expect(list.ok && list.value.incidents.map(({ incident, rev }) => [incident.id, rev])).toEqual([
      ['new', 1],
      ['old', 1],
    ]);
    expect(list.ok && list.value.incidents[1]?.incident).toEqual(full('old', '2026-03-01T00:00:00.000Z'));
    expect(await saveIncident({ ...full('old', '2026-03-01T00:00:00.000Z'), notes: 'b' }, undefined)).toEqual(
      {
        ok: false,
        problem: 'stale',
      },
    );
  });

  it('keeps a photo as it was taken, with its SHA-256, size, type and the time the phone gives', async () => {
    const { key } = await savedWithPhoto();
    const loaded = await loadMedia('rec-1');
    const media = must(loaded.ok ? loaded.value.media[0] : undefined);
    expect(media.key).toBe(key);
    expect(media.media).toMatchObject({
      recordId: 'rec-1',
      sha256: await sha256(photo()),
      size: photo().size,
      type: 'image/jpeg',
      takenAt: '2026-03-14T07:06:00.000Z',
    });
    expect(await media.media.bytes.text()).toBe(`JPEG-bytes-${MARK}`);
  });

  it('hashes with SHA-256 (the FIPS 180-2 answer for "abc")', async () => {
    expect(await sha256(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('refuses a photo for a record not saved (or deleted meanwhile)', async () => {
    expect(await addMedia('nobody', photo(), 0)).toEqual({ ok: false, problem: 'stale' });
  });

  it('deleting a record deletes its photos, and no other record’s', async () => {
    const { incident } = await savedWithPhoto();
    must((await saveIncident(full('rec-2', '2026-03-15T00:00:00.000Z'), undefined)).ok || undefined);
    must((await addMedia('rec-2', photo(), 0)).ok || undefined);
    expect(await deleteIncident(incident.id, 1)).toEqual({ ok: true, value: undefined });
    const { rows } = await onDisk();
    expect(rows.filter((row) => row.store === STORES.media).map((row) => row.key.split(':')[0])).toEqual([
      'rec-2',
    ]);
    expect(rows.filter((row) => row.store === STORES.incidents).map((row) => row.key)).toEqual(['rec-2']);
  });

  it('refuses a file the phone has no room for before writing anything: the text stays saved', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ quota: 3_000_000, usage: 2_500_000 }) },
    });
    must((await saveIncident(full('rec-1', '2026-03-14T07:10:00.000Z'), undefined)).ok || undefined);
    const big = new Blob([new Uint8Array(600_000)], { type: 'image/jpeg' });
    expect(await addMedia('rec-1', big, 0)).toEqual({ ok: false, problem: 'quota' });
    expect((await onDisk()).rows.filter((row) => row.store === STORES.media)).toEqual([]);
    expect((await listIncidents()).ok).toBe(true);
  });

  it("refuses a file past the size limit as 'invalid', not as a full phone, before writing anything", async () => {
    must((await saveIncident(full('rec-1', '2026-03-14T07:10:00.000Z'), undefined)).ok || undefined);
    const huge = new Blob([new Uint8Array(16)], { type: 'video/mp4' });
    Object.defineProperty(huge, 'size', { value: 500 * 1024 * 1024 + 1 });
    expect(await addMedia('rec-1', huge, 0)).toEqual({ ok: false, problem: 'invalid' });
    expect((await onDisk()).rows.filter((row) => row.store === STORES.media)).toEqual([]);
  });

  for (const [why, error] of [
    ['the quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    // Chromium's answer when the disk itself is full (measured: tests/e2e/record.spec.ts).
    ['the disk', new DOMException('Failed to write blobs (IOError)', 'DataError')],
  ] as const) {
    it(`a file the write refuses for lack of room (${why}) is 'quota': nothing of it kept, saving goes on`, async () => {
      const first = full('rec-1', '2026-03-14T07:10:00.000Z');
      must((await saveIncident(first, undefined)).ok || undefined);
      const put = IDBObjectStore.prototype.put;
      onTestFinished(() => void vi.restoreAllMocks());
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (this.name === STORES.media) throw error;
        return put.apply(this, args);
      });
      expect(await addMedia('rec-1', photo(), 0)).toEqual({ ok: false, problem: 'quota' });
      expect(await saveIncident({ ...first, notes: 'after' }, 1)).toEqual({ ok: true, value: 2 });
      expect((await onDisk()).rows.filter((row) => row.store === STORES.media)).toEqual([]);
      expect(await listIncidents()).toMatchObject({ ok: true, value: { incidents: [{ rev: 2 }] } });
    });
  }

  it('"Delete all my data" deletes records and their photos', async () => {
    await savedWithPhoto();
    expect((await deleteAllData()).ok).toBe(true);
    expect(await listIncidents()).toEqual({ ok: true, value: { incidents: [], unreadable: 0 } });
    expect((await onDisk()).rows).toEqual([]);
  });
});

/** What the warrant check found, kept in the record: its verdict and the answers that led to it. */
const checked = (incident: Incident): Incident => ({
  ...incident,
  warrantShown: 'yes',
  warrantKind: 'mismatch',
  warrantAnswers: { court: 'yes', judge: 'yes', immigration: 'no', name: 'no' },
});

describe("the warrant check's answer in a record (shape 2)", () => {
  useFreshDatabase();

  it('is kept with its verdict, and comes back as it was saved', async () => {
    const incident = checked(full('rec-1', '2026-03-14T07:10:00.000Z'));
    expect(await saveIncident(incident, undefined)).toEqual({ ok: true, value: 1 });
    const list = await listIncidents();
    expect(list.ok && list.value.incidents[0]?.incident).toEqual(incident);
    const row = await (await getDB()).get(STORES.incidents, 'rec-1');
    expect(row?.shape).toBe(2);
    expect(RECORD_SHAPES.incidents).toBe(2);
  });

  it('refuses an answer the check does not give, or a question it does not ask', () => {
    const base = checked(full('a', '2026-03-14T07:10:00.000Z'));
    expect(v.is(IncidentSchema, { ...base, warrantAnswers: { court: 'maybe' } })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, warrantAnswers: { colour: 'yes' } })).toBe(false);
    expect(v.is(IncidentSchema, { ...base, warrantAnswers: {} })).toBe(true);
  });

  it('a record written before (shape 1, no answers) still reads, and takes the answers when saved', async () => {
    const old = full('old', '2026-03-01T00:00:00.000Z');
    await getDB();
    await closeDB();
    const db = await openDB(DB_NAME);
    await db.put(STORES.incidents, { rev: 3, body: { codec: 'plain-1', data: old } }, 'old');
    db.close();
    const list = await listIncidents();
    expect(list.ok && list.value.incidents).toEqual([{ incident: old, rev: 3 }]);
    expect(await saveIncident(checked(old), 3)).toEqual({ ok: true, value: 4 });
    const again = await listIncidents();
    expect(again.ok && again.value.incidents[0]?.incident).toEqual(checked(old));
  });
});

describe('incident records under the lock', () => {
  useFreshDatabase();

  it('are sealed with the data key, photos too: neither text nor bytes on disk, nothing readable locked', async () => {
    await savedWithPhoto(); // before the lock: setting it seals them
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    must((await addMedia('rec-1', new Blob([`second-${MARK}`], { type: 'image/png' }), 0)).ok || undefined);
    const { rows } = await onDisk();
    expect(rows.filter((row) => row.store === STORES.media)).toHaveLength(2);
    expect(allSealed(rows)).toBe(true);
    expect(textOnDisk(rows, MARK)).toBe(false);

    lockNow();
    expect(await listIncidents()).toEqual({ ok: false, problem: 'locked' });
    expect(await loadMedia('rec-1')).toEqual({ ok: false, problem: 'locked' });

    expect((await unlock(PASSPHRASE)).ok).toBe(true);
    const media = await loadMedia('rec-1');
    const texts = await Promise.all((media.ok ? media.value.media : []).map((m) => m.media.bytes.text()));
    expect(texts.sort()).toEqual([`JPEG-bytes-${MARK}`, `second-${MARK}`]);
    expect(media.ok && media.value.media.map((m) => m.media.bytes.type).sort()).toEqual([
      'image/jpeg',
      'image/png',
    ]);

    // Removing the lock leaves them plain and whole.
    expect((await removeLock(PASSPHRASE)).ok).toBe(true);
    const after = await loadMedia('rec-1');
    expect(after.ok && after.value.media.length).toBe(2);
    const plain = (await onDisk()).rows.filter((row) => row.store === STORES.media);
    expect(plain.map((row) => (row.row.body as { codec: string }).codec)).toEqual(['plain-1', 'plain-1']);
  });
});

describe('a record saved while locked (the drop box)', () => {
  useFreshDatabase();

  const codecs = async (store: string) =>
    (await onDisk()).rows
      .filter((row) => row.store === store)
      .map((row) => (row.row.body as { codec: string }).codec);

  it('can be added without the passphrase, with its photo, but not read back by anyone holding the locked phone', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    lockNow();
    const incident = full('dropped', '2026-03-14T07:10:00.000Z');
    expect(await saveIncident(incident, undefined)).toEqual({ ok: true, value: 1 });
    expect(await saveIncident({ ...incident, notes: `more ${MARK}` }, 1)).toEqual({ ok: true, value: 2 });
    const added = await addMedia('dropped', photo(), 0);
    expect(added.ok).toBe(true);

    // Nothing readable on disk, and nothing readable through the app: the page that wrote it included.
    expect(await codecs(STORES.incidents)).toEqual(['drop-box-1']);
    expect(await codecs(STORES.media)).toEqual(['drop-box-1']);
    expect(textOnDisk((await onDisk()).rows, MARK)).toBe(false);
    expect(await listIncidents()).toEqual({ ok: false, problem: 'locked' });
    expect(await loadMedia('dropped')).toEqual({ ok: false, problem: 'locked' });

    // The passphrase opens it, and it is sealed like every record from then on.
    expect((await unlock(PASSPHRASE)).ok).toBe(true);
    const list = await listIncidents();
    expect(list.ok && list.value.incidents.map((saved) => saved.incident)).toEqual([
      { ...incident, notes: `more ${MARK}` },
    ]);
    const media = await loadMedia('dropped');
    expect(await (media.ok ? media.value.media[0]?.media.bytes.text() : undefined)).toBe(
      `JPEG-bytes-${MARK}`,
    );
    expect(await codecs(STORES.incidents)).toEqual(['aes-gcm-1']);
    expect(await codecs(STORES.media)).toEqual(['aes-gcm-1']);
  });

  it("takes the warrant check's answer into a record saved while locked, read once unlocked", async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    lockNow();
    const incident = { ...full('dropped', '2026-03-14T07:10:00.000Z'), warrantKind: undefined };
    expect(await saveIncident(incident, undefined)).toEqual({ ok: true, value: 1 });
    // Back from the check, this page writes the record it holds again, with the verdict.
    expect(await saveIncident(checked(incident), 1)).toEqual({ ok: true, value: 2 });
    expect(await codecs(STORES.incidents)).toEqual(['drop-box-1']);
    expect(await listIncidents()).toEqual({ ok: false, problem: 'locked' });
    expect((await unlock(PASSPHRASE)).ok).toBe(true);
    const list = await listIncidents();
    expect(list.ok && list.value.incidents.map((saved) => saved.incident)).toEqual([checked(incident)]);
  });

  it('cannot overwrite a record saved before it was locked', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const incident = full('kept', '2026-03-14T07:10:00.000Z');
    expect((await saveIncident(incident, undefined)).ok).toBe(true);
    lockNow();
    expect(await saveIncident({ ...incident, notes: 'overwritten' }, 1)).toEqual({
      ok: false,
      problem: 'locked',
    });
    expect((await unlock(PASSPHRASE)).ok).toBe(true);
    const list = await listIncidents();
    expect(list.ok && list.value.incidents[0]?.incident).toEqual(incident);
  });

  it('with the lock removed, records saved while locked are plain again, none lost', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    lockNow();
    expect((await saveIncident(full('dropped', '2026-03-14T07:10:00.000Z'), undefined)).ok).toBe(true);
    expect((await removeLock(PASSPHRASE)).ok).toBe(true);
    expect(await codecs(STORES.incidents)).toEqual(['plain-1']);
    const list = await listIncidents();
    expect(list.ok && list.value.incidents.length).toBe(1);
  });
});

describe('incident records in the backup file (version 5)', () => {
  useFreshDatabase();

  it('go into the file as text, without their photos, and come back from it', async () => {
    await savedWithPhoto();
    const exported = await exportAll(new Date('2026-03-15T00:00:00.000Z'));
    if (!exported.ok) throw new Error(exported.problem);
    const file = JSON.parse(exported.value.text) as { version: number; records: unknown[] };
    expect(file.version).toBe(7); // records since version 5; pack message languages since 6, own messages in them 7
    expect(file.records).toEqual([full('rec-1', '2026-03-14T07:10:00.000Z')]);
    expect(exported.value.text).not.toContain('JPEG-bytes'); // the photo is not in it
    expect(exported.value.summary.records).toBe(1);

    expect((await deleteAllData()).ok).toBe(true);
    const checked = parseBackup(exported.value.text);
    if (!checked.ok) throw new Error(checked.problem);
    expect((await importBackup(checked.backup, 'replace', 'take')).ok).toBe(true);
    const list = await listIncidents();
    expect(list.ok && list.value.incidents.map((saved) => saved.incident)).toEqual([
      full('rec-1', '2026-03-14T07:10:00.000Z'),
    ]);
  });

  it('a file with a record that breaks the schema, or two with one id, is refused', () => {
    const base = { format: 'defend-your-rights-backup', version: 5, exportedAt: '2026-03-15T00:00:00.000Z' };
    const file = (records: unknown[]) =>
      JSON.stringify({ ...base, settings: {}, contacts: [], practice: [], plan: {}, records });
    const record = full('rec-1', '2026-03-14T07:10:00.000Z');
    expect(parseBackup(file([record])).ok).toBe(true);
    expect(parseBackup(file([{ ...record, extra: 1 }]))).toEqual({ ok: false, problem: 'invalid' });
    expect(parseBackup(file([record, record]))).toEqual({ ok: false, problem: 'duplicate-id' });
    // A version 3 file (no records) is still read.
    const v3 = JSON.stringify({ ...base, version: 3, settings: {}, contacts: [], practice: [], plan: {} });
    expect(parseBackup(v3).ok).toBe(true);
  });
});
