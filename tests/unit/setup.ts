// fake-indexeddb provides IndexedDB (and IDBObjectStore etc.) to every unit test.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import type { KdfJob } from '../../src/storage/lock/run-argon2';

// No Web Worker in Node: the passphrase's Argon2 runs in place, the same function the worker runs.
vi.mock('../../src/storage/lock/run-argon2', async () => {
  const { argon2Bytes } = await import('../../src/storage/lock/argon2');
  return {
    runArgon2: ({ password, salt, params }: KdfJob) => argon2Bytes(password, salt, params),
  };
});
