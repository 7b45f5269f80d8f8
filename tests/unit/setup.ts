// fake-indexeddb provides IndexedDB (and IDBObjectStore etc.) to every unit test.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { KdfJob } from '../../src/storage/lock/run-argon2';

// No Web Worker in Node: the passphrase's Argon2 runs in place, the same function the worker runs. A spy,
// so a test can prove a derivation never started (`vi.mocked(runArgon2)`).
vi.mock('../../src/storage/lock/run-argon2', async () => {
  const { argon2Bytes } = await import('../../src/storage/lock/argon2');
  return {
    runArgon2: vi.fn(({ password, salt, params }: KdfJob) => argon2Bytes(password, salt, params)),
  };
});

// No fetch of the app's own files in Node: argon2id's WASM builds are read from the package on disk.
vi.mock('../../src/storage/lock/argon2-wasm', () => ({
  argon2Wasm: vi.fn(async (build: 'simd' | 'no-simd') => {
    // From the project's folder (where vitest runs): in a happy-dom test, import.meta.url is no file URL.
    const bytes = await readFile(join(process.cwd(), 'node_modules/argon2id/dist', `${build}.wasm`));
    return new Uint8Array(bytes).buffer;
  }),
}));
