import { normalizePassphrase } from './passphrase';
import { runArgon2 } from './run-argon2';

/** How a key is derived from a passphrase: Argon2id (RFC 9106), stored beside the key slots. */
export interface KdfParams {
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/*
 * Chosen by measurement (tests/bench/kdf-timing.mjs, then with hash-wasm 4.13, in Debian's Chromium, CPU
 * slowed 4x with Emulation.setCPUThrottlingRate, median of 5, 2026-12-05 on the shared 2-core machine):
 *   m = 64 MiB: t = 1: 616 ms, t = 2: 1032 ms, t = 3: 1356 ms;  m = 32 MiB, t = 3: 636 ms.
 * (Unslowed: 137, 196 and 267 ms.) Measured on the page: CDP slows the page's thread, not a worker's,
 * and the worker (run-argon2.ts) does the same work. 64 MiB, 2 passes keeps the 4x-slowed unlock near one second, as
 * issue 11 asks; memory is the costly part for a guesser with a graphics card, so it stays at 64 MiB and
 * the passes pay for the rest. One lane: a WASM module here runs on one thread. argon2id, which replaced
 * hash-wasm (half the download), takes 1-14% longer with SIMD, side by side at 4x (README).
 */
export const KDF_PARAMS: KdfParams = { memoryKiB: 64 * 1024, iterations: 2, parallelism: 1 };

/*
 * The most a stored (or, later, a backup file's) setting may ask for: a damaged or hostile value must
 * not make the phone derive with gigabytes of memory or for minutes. Anything outside is refused unread.
 */
const MAX_MEMORY_KIB = 256 * 1024;
const MAX_ITERATIONS = 8;
export const SALT_BYTES = 16;

/** Whether `params` are a setting this app would derive with (bounds above), checked before any work. */
export function isSafeKdf(params: KdfParams): boolean {
  const { memoryKiB, iterations, parallelism } = params;
  return (
    Number.isInteger(memoryKiB) &&
    memoryKiB >= 8 * 1024 &&
    memoryKiB <= MAX_MEMORY_KIB &&
    Number.isInteger(iterations) &&
    iterations >= 1 &&
    iterations <= MAX_ITERATIONS &&
    parallelism === 1
  );
}

/**
 * The key that wraps the data key, derived from a passphrase (normalized first). Non-extractable, for
 * wrapping and unwrapping only. Argon2 (argon2id: 3.4 KB gzip of script, and 1.0 or 1.3 KB of WASM, both
 * precached: argon2-wasm.ts) runs in a Web Worker started for it (run-argon2.ts), never in the page.
 */
export async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<CryptoKey> {
  if (!isSafeKdf(params) || salt.length !== SALT_BYTES) throw new DOMException('Unsafe KDF', 'DataError');
  const password = new TextEncoder().encode(normalizePassphrase(passphrase));
  const bytes = await runArgon2({ password, salt: new Uint8Array(salt), params: { ...params } });
  try {
    return await crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    bytes.fill(0);
  }
}
