import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listContacts } from '../../src/storage/contacts-store';
import { closeDB, getDB } from '../../src/storage/db';
import { forgetEpoch } from '../../src/storage/epoch';
import { LOCAL_LINE_NAME } from '../../src/storage/local-line';
import {
  DB_NAME,
  DB_VERSION,
  EPOCH_KEY,
  META,
  OLD_LOCAL_LINE_KEY,
  RECORD_SHAPES,
  STORES,
} from '../../src/storage/schema';
import { loadPractice } from '../../src/storage/practice-store';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { loadSetting } from '../../src/storage/settings-store';
import { listIncidents } from '../../src/storage/incident-store';
import { useFreshDatabase } from './support/fresh-db';

/** Writes a database exactly as version 1 of the app left it on a phone. */
async function version1PhoneWith(settings: Record<string, string>): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade: (old) => {
      old.createObjectStore('settings');
    },
  });
  for (const [key, value] of Object.entries(settings)) await db.put('settings', value, key);
  db.close();
}

/** Writes a database exactly as version 2 of the app left it: sealed records with revisions. */
async function version2PhoneWith(language: string, contact: object & { id: string }): Promise<void> {
  const db = await openDB(DB_NAME, 2, {
    upgrade: (old) => {
      for (const store of ['settings', 'contacts', 'practice']) old.createObjectStore(store);
    },
  });
  const sealed = (data: unknown) => ({ rev: 1, body: { codec: 'plain-1', data } });
  await db.put('settings', sealed(language), 'language');
  await db.put('contacts', sealed(contact), contact.id);
  db.close();
}

/** Writes a database exactly as version 3 of the app left it: `rows` are what each store held, by key. */
async function version3PhoneWith(rows: Record<'contacts' | 'plan', Record<string, unknown>>): Promise<void> {
  const db = await openDB(DB_NAME, 3, {
    upgrade: (old) => {
      for (const store of ['settings', 'contacts', 'practice', 'plan']) old.createObjectStore(store);
    },
  });
  for (const [store, records] of Object.entries(rows)) {
    for (const [key, row] of Object.entries(records)) await db.put(store, row, key);
  }
  db.close();
}

/** Writes a database exactly as version 3 of the app left it, one sealed row each (store, key, data, rev). */
async function version3PhoneWithRows(rows: { store: string; key: string; data: unknown; rev: number }[]) {
  const db = await openDB(DB_NAME, 3, {
    upgrade: (old) => {
      for (const store of ['settings', 'contacts', 'practice', 'plan']) old.createObjectStore(store);
    },
  });
  for (const { store, key, data, rev } of rows)
    await db.put(store, { rev, body: { codec: 'plain-1', data } }, key);
  db.close();
}

/** Writes a database exactly as version 5 of the app left it: rows as each store held them, by key. */
async function version5PhoneWith(rows: Partial<Record<'settings' | 'contacts', Record<string, unknown>>>) {
  const db = await openDB(DB_NAME, 5, {
    upgrade: (old) => {
      for (const store of ['settings', 'contacts', 'practice', 'plan', 'meta']) old.createObjectStore(store);
    },
  });
  await db.put('meta', 'epoch-of-version-5', 'epoch');
  for (const [store, records] of Object.entries(rows)) {
    for (const [key, row] of Object.entries(records)) await db.put(store, row, key);
  }
  db.close();
}

/** A row as version 5 writes it: sealed, with its revision and shape. */
const row5 = (data: unknown, rev = 1, shape = 1) => ({ rev, shape, body: { codec: 'plain-1', data } });

/** A contact as stored, with plain defaults. */
const stored = (id: string, name: string, order: number, fields: object = {}) => ({
  id,
  name,
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order,
  ...fields,
});

// One test per schema version: each opens the version before it, with data, and upgrades.
describe('database migrations', () => {
  useFreshDatabase();

  it('a new phone gets every store of the current version', async () => {
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...Object.values(STORES), META].sort());
  });

  it('version 1 → 2 keeps the saved language and local line (a contact since version 6)', async () => {
    await version1PhoneWith({ language: 'es', rapidResponseNumber: '+12135550100' });

    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    const line = stored('local-line', LOCAL_LINE_NAME, 0, { role: 'rapid-response' });
    expect(await listContacts()).toEqual({
      ok: true,
      value: { contacts: [{ ...line, rev: 1 }], unreadable: 0 },
    });
    expect((await getDB()).objectStoreNames.contains(STORES.contacts)).toBe(true);
  });

  it('version 2 → 3 keeps language and contacts, and adds an empty family plan', async () => {
    const ana = {
      id: 'ana',
      name: 'Ana',
      phones: ['+12135550100'],
      role: 'family',
      languages: '',
      notes: 'Tía',
      mayPickUpChildren: true,
      order: 0,
    };
    await version2PhoneWith('es', ana);

    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    expect(await listContacts()).toEqual({
      ok: true,
      value: { contacts: [{ ...ana, rev: 1 }], unreadable: 0 },
    });
    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.household).toEqual({
      skipped: false,
      data: { people: [] },
      rev: undefined,
    });
    expect((await getDB()).version).toBe(DB_VERSION);
  });

  it('version 3 → 4 takes direction controls out of stored texts, and leaves other records as they were', async () => {
    const sealed = (rev: number, data: unknown) => ({ rev, body: { codec: 'plain-1', data } });
    const rosa = {
      id: 'rosa',
      name: '\u202eRosa \u2066Pérez\u2069', // U+202E would print her number backwards
      phones: ['+12135550100'],
      role: 'caregiver',
      languages: 'Español\u0007',
      notes: 'Has a key\n\u202bSecond line\u202c',
      mayPickUpChildren: true,
      order: 0,
    };
    const leila = { ...rosa, id: 'leila', name: 'ليلى\u200f', languages: '', notes: '' }; // a mark names need
    const legal = {
      lawyer: 'rosa',
      g28Signed: 'yes',
      g28With: 'Ana\u202d',
      rapidResponse: '',
      notes: 'A\tB\u0000',
    };
    const damaged = { codec: 'plain-1', data: { ...rosa, id: 'broken', phones: 'not a list' } };
    const sealedOtherwise = { rev: 2, body: { codec: 'sealed-9', data: rosa } };
    await version3PhoneWith({
      contacts: {
        rosa: sealed(3, rosa),
        leila: sealed(1, leila),
        broken: { rev: 1, body: damaged },
        other: sealedOtherwise,
        junk: 'not a record',
      },
      plan: { legal: sealed(5, { skipped: false, data: legal }) },
    });

    const list = await listContacts();
    expect(list).toEqual({
      ok: true,
      value: {
        contacts: [
          { ...rosa, name: 'Rosa Pérez', languages: 'Español', notes: 'Has a key\nSecond line', rev: 4 },
          { ...leila, rev: 1 }, // nothing to take out: untouched
        ],
        unreadable: 3, // damaged, another codec, junk: left as they were, still counted
      },
    });
    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.legal).toEqual({
      skipped: false,
      data: { ...legal, g28With: 'Ana', notes: 'A\tB' },
      rev: 6,
    });
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get(STORES.contacts, 'broken')).toEqual({ rev: 1, body: damaged });
    expect(await db.get(STORES.contacts, 'other')).toEqual(sealedOtherwise);
    expect(await db.get(STORES.contacts, 'junk')).toBe('not a record');
  });

  it('version 3 → 5 keeps every record and revision, gives the database an epoch, and drops orphan practice', async () => {
    const ana = {
      id: 'ana',
      name: 'Ana',
      phones: ['+12135550100'],
      role: 'caregiver',
      languages: 'Español',
      notes: '',
      mayPickUpChildren: true,
      order: 0,
    };
    await version3PhoneWithRows([
      { store: 'settings', key: 'language', data: 'es', rev: 2 },
      { store: 'contacts', key: 'ana', data: ana, rev: 3 },
      { store: 'practice', key: 'ana', data: { right: 2, tries: 3, lastTried: '2026-03-10' }, rev: 3 },
      // The practice of a contact deleted while version 3 ran: nobody can see it, but backups carried it.
      { store: 'practice', key: 'gone', data: { right: 1, tries: 1, lastTried: '2026-03-09' }, rev: 1 },
      {
        store: 'plan',
        key: 'review',
        data: { skipped: false, data: { lastReviewed: '2026-03-01' } },
        rev: 4,
      },
    ]);

    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    expect(await listContacts()).toEqual({
      ok: true,
      value: { contacts: [{ ...ana, rev: 3 }], unreadable: 0 },
    });
    const practice = await loadPractice();
    expect(practice.ok && [...practice.value.keys()]).toEqual(['ana']);
    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.review).toEqual({
      skipped: false,
      data: { lastReviewed: '2026-03-01' },
      rev: 4,
    });
    // Revisions carry on from where version 3 left them.
    expect(await saveSection('review', { skipped: false, data: { lastReviewed: '2026-04-01' } }, 4)).toEqual({
      ok: true,
      value: 5,
    });
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get(META, EPOCH_KEY)).toMatch(/^[\w-]{8,}$/);
  });

  it('version 5 → 6 makes the saved local line a rapid-response contact, last in calling order', async () => {
    await version5PhoneWith({
      // Saved before 2026-12 as the digits typed: dialled as a U.S. number, so stored as one.
      settings: { language: row5('es', 2), [OLD_LOCAL_LINE_KEY]: row5('2135550199', 3) },
      contacts: {
        ana: row5(stored('ana', 'Ana', 0), 4, 2),
        // Another line, with another number: it stays, and is not the saved one.
        other: row5(
          stored('other', 'Red de Respuesta', 1, { role: 'rapid-response', phones: ['+12135550111'] }),
        ),
      },
    });

    const list = await listContacts();
    const line = stored('local-line', LOCAL_LINE_NAME, 2, {
      role: 'rapid-response',
      phones: ['+12135550199'],
    });
    expect(list.ok && list.value.contacts.map(({ id, rev }) => [id, rev])).toEqual([
      ['ana', 4],
      ['other', 1],
      ['local-line', 1],
    ]);
    expect(list.ok && list.value.contacts[2]).toEqual({ ...line, rev: 1 });
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get(STORES.settings, OLD_LOCAL_LINE_KEY as never)).toBeUndefined();
    // Written like any row today: its revision, the contacts' shape; the epoch is the database's own.
    expect(await db.get(STORES.contacts, 'local-line')).toMatchObject({
      rev: 1,
      shape: RECORD_SHAPES.contacts,
    });
    expect(await db.get(META, EPOCH_KEY)).toBe('epoch-of-version-5');
  });

  it('version 5 → 6 adds no second copy of a line already saved as a contact, and keeps the mark of a file', async () => {
    const line = stored('line', 'Rapid line', 0, { role: 'rapid-response', phones: ['+12135550199'] });
    await version5PhoneWith({
      settings: { [OLD_LOCAL_LINE_KEY]: row5('+12135550199') },
      contacts: { line: row5(line, 2) },
    });
    expect(await listContacts()).toEqual({
      ok: true,
      value: { contacts: [{ ...line, rev: 2 }], unreadable: 0 },
    });
    expect(await (await getDB()).get(STORES.settings, OLD_LOCAL_LINE_KEY as never)).toBeUndefined();
    await closeDB();

    globalThis.indexedDB = new IDBFactory();
    forgetEpoch();
    // Brought in from a backup file and never confirmed: the contact says so too.
    await version5PhoneWith({
      settings: { [OLD_LOCAL_LINE_KEY]: row5({ value: '+525512345678', fromFile: true }) },
    });
    const list = await listContacts();
    expect(list.ok && list.value.contacts).toEqual([
      {
        ...stored('local-line', LOCAL_LINE_NAME, 0, { role: 'rapid-response', phones: ['+525512345678'] }),
        fromFile: true,
        rev: 1,
      },
    ]);
  });

  it('version 5 → 6 leaves a damaged setting, or digits that do not say which number, as they were', async () => {
    const damaged = { rev: 1, shape: 1, body: { codec: 'plain-1', data: { value: 42 } } };
    const ana = row5(stored('ana', 'Ana', 0));
    for (const setting of [
      damaged,
      row5('5550199'),
      { rev: 1, body: { codec: 'sealed-9', data: 'x' } },
      'junk',
    ]) {
      globalThis.indexedDB = new IDBFactory();
      forgetEpoch();
      await version5PhoneWith({ settings: { [OLD_LOCAL_LINE_KEY]: setting }, contacts: { ana } });
      const db = await getDB();
      expect(db.version).toBe(DB_VERSION);
      // Nothing reads it any more; it is neither guessed into a number nor lost.
      expect(await db.get(STORES.settings, OLD_LOCAL_LINE_KEY as never)).toEqual(setting);
      expect(await listContacts()).toEqual({
        ok: true,
        value: { contacts: [{ ...stored('ana', 'Ana', 0), rev: 1 }], unreadable: 0 },
      });
      await closeDB();
    }
  });

  it('version 6 → 8 keeps every record and the epoch, and adds empty incident and photo stores', async () => {
    const db6 = await openDB(DB_NAME, 6, {
      upgrade: (old) => {
        for (const store of ['settings', 'contacts', 'practice', 'plan', 'meta'])
          old.createObjectStore(store);
      },
    });
    await db6.put('meta', 'epoch-of-version-6', 'epoch');
    await db6.put('contacts', row5(stored('ana', 'Ana', 0), 3, 2), 'ana');
    await db6.put('settings', row5('es', 2), 'language');
    db6.close();

    expect(await listContacts()).toEqual({
      ok: true,
      value: { contacts: [{ ...stored('ana', 'Ana', 0), rev: 3 }], unreadable: 0 },
    });
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    expect(await listIncidents()).toEqual({ ok: true, value: { incidents: [], unreadable: 0 } });
    const db = await getDB();
    expect(db.version).toBe(8);
    expect(await db.count(STORES.media)).toBe(0);
    expect(await db.get(META, EPOCH_KEY)).toBe('epoch-of-version-6');
  });
});
