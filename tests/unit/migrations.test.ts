import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listContacts } from '../../src/storage/contacts-store';
import { getDB } from '../../src/storage/db';
import { DB_NAME, DB_VERSION, STORES } from '../../src/storage/schema';
import { loadPlan } from '../../src/storage/plan-store';
import { loadSetting } from '../../src/storage/settings-store';
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

// One test per schema version: each opens the version before it, with data, and upgrades.
describe('database migrations', () => {
  useFreshDatabase();

  it('a new phone gets every store of the current version', async () => {
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
  });

  it('version 1 → 2 keeps the saved language and local line, and adds an empty contact list', async () => {
    await version1PhoneWith({ language: 'es', rapidResponseNumber: '+12135550100' });

    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    expect(await loadSetting('rapidResponseNumber')).toEqual({ ok: true, value: '+12135550100' });
    expect(await listContacts()).toEqual({ ok: true, value: { contacts: [], unreadable: 0 } });
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
    expect((await getDB()).version).toBe(3);
  });
});
