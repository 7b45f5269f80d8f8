import { describe, expect, it } from 'vitest';
import { getDB } from '../../src/storage/db';
import { DB_VERSION, STORES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

// One test per schema version. Version 1 is the first: there is no older layout to upgrade from yet;
// version 2 (contacts) will add the test that opens a version-1 database with a saved language.
describe('database migrations', () => {
  useFreshDatabase();

  it('version 1 creates the settings store on a new phone', async () => {
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual([STORES.settings]);
  });
});
