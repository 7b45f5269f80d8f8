import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDB } from '../../../src/storage/db';
import { forgetHeldKey } from '../../../src/storage/lock/held-key';
import { forgetEpoch } from '../../../src/storage/epoch';

/** Gives every test its own empty IndexedDB, so no test sees another's data. */
export function useFreshDatabase(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeDB();
    forgetEpoch(); // the next test is a page that never saw this database
    forgetHeldKey(); // nor held its key
  });
}
