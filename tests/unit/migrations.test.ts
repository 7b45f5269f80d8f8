import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listContacts } from '../../src/storage/contacts-store';
import { getDB } from '../../src/storage/db';
import { DB_NAME, DB_VERSION, STORES } from '../../src/storage/schema';
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
    expect((await getDB()).version).toBe(2);
  });
});
