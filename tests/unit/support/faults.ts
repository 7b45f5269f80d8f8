import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { closeDB } from '../../../src/storage/db';
import { forgetEpoch } from '../../../src/storage/epoch';
import { dropKey } from '../../../src/storage/lock/held-key';
import { seedPersonal } from './lock';
import { must } from './must';

/*
 * Fault injection for the lock's jobs (lock-faults*.test.ts). A step is each IndexedDB request and each
 * WebCrypto call a job makes; the fault at step k makes that call fail (as a full disk, a closed tab or
 * a crash would), and the page's memory is then lost as in a killed tab.
 */
const STEPS: [object, string][] = [
  ...['get', 'getAll', 'getAllKeys', 'put', 'delete', 'openCursor', 'clear'].map(
    (method): [object, string] => [IDBObjectStore.prototype, method],
  ),
  [IDBDatabase.prototype, 'transaction'],
  ...[
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
    'generateKey',
    'importKey',
    'exportKey',
    'deriveKey',
    'deriveBits',
  ].map((method): [object, string] => [crypto.subtle, method]),
];

/** Counts the steps; from `failAt` on (1-based), the call fails. Returns how many steps were made. */
export function injectFault(failAt: number): () => number {
  let count = 0;
  for (const [owner, method] of STEPS) {
    const original = must((owner as Record<string, (...args: unknown[]) => unknown>)[method]);
    vi.spyOn(owner as Record<string, (...args: unknown[]) => unknown>, method).mockImplementation(function (
      this: unknown,
      ...args: unknown[]
    ) {
      // The test database's own upgrade machinery (a page cannot ask for a versionchange transaction): a
      // failing open is the `get`s and `put`s of the upgrade, counted above.
      if (method === 'transaction' && args[1] === 'versionchange') return original.apply(this, args);
      count += 1;
      if (count === failAt) {
        const error = new DOMException('Injected fault', 'UnknownError');
        if (owner === crypto.subtle) return Promise.reject(error);
        throw error;
      }
      return original.apply(this, args);
    });
  }
  return () => count;
}

/** A fresh phone with the seeded records, as a page that just opened. */
export async function freshPhone(): Promise<void> {
  await closeDB();
  forgetEpoch();
  dropKey();
  globalThis.indexedDB = new IDBFactory();
  await seedPersonal();
}

/** What a killed tab leaves: no key in memory, no open connection. */
export async function killTab(): Promise<void> {
  vi.restoreAllMocks();
  await closeDB();
  forgetEpoch();
  dropKey();
}
