import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { getDB } from '../../src/storage/db';
import { DB_NAME, DB_VERSION, STORES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

describe('database migrations', () => {
  useFreshDatabase();

  it('version 1 creates the settings store on a new phone', async () => {
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain(STORES.settings);
  });

  it('opening version 1 again keeps a saved language', async () => {
    // Saved by hand with the version-1 layout, as a phone with version 1 would have it.
    const old = await openDB(DB_NAME, 1, { upgrade: (db) => db.createObjectStore('settings') });
    await old.put('settings', 'es', 'language');
    old.close();

    const db = await getDB();
    expect(await db.get(STORES.settings, 'language')).toBe('es');
  });
});
