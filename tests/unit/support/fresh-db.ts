import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDB } from '../../../src/storage/db';

/** Gives every test its own empty IndexedDB, so no test sees another's data. */
export function useFreshDatabase(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeDB();
  });
}
