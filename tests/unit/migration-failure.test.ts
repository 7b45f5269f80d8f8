import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { AppDB } from '../../src/storage/schema';
import { DB_NAME } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

/*
 * A migration step that fails after it has awaited a request must not leave the upgrade half done:
 * the whole upgrade transaction is aborted, and the phone keeps its old version and data, to try again
 * with the next release. The step here really migrates the first record, then throws, as a bug would.
 */
vi.mock('../../src/storage/migrations', () => ({
  migrate: async (
    db: IDBPDatabase<AppDB>,
    _oldVersion: number,
    transaction: IDBPTransaction<AppDB, StoreNames<AppDB>[], 'versionchange'>,
  ) => {
    db.createObjectStore('contacts');
    const cursor = await transaction.objectStore('settings').openCursor();
    await cursor?.update({ rev: 1, body: { codec: 'plain-1', data: cursor.value } });
    throw new Error('injected: a bug in a migration step');
  },
}));

describe('a migration that fails half way', () => {
  useFreshDatabase();

  it('aborts the whole upgrade: the old version and every record stay as they were', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('settings') });
    await old.put('settings', 'es', 'language');
    await old.put('settings', '+12135550100', 'rapidResponseNumber');
    old.close();

    const { getDB } = await import('../../src/storage/db');
    await expect(getDB()).rejects.toThrow();

    const after = await openDB(DB_NAME); // no version: opens what is there, upgrades nothing
    expect(after.version).toBe(1);
    expect([...after.objectStoreNames]).toEqual(['settings']);
    expect(await after.get('settings', 'language')).toBe('es');
    expect(await after.get('settings', 'rapidResponseNumber')).toBe('+12135550100');
    after.close();
  });
});
