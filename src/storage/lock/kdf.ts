import { normalizePassphrase } from './passphrase';
import { runArgon2 } from './run-argon2';
import { isSafeKdf, SALT_BYTES, type KdfParams } from './kdf-params';

export { isSafeKdf, SALT_BYTES, type KdfParams };

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

/**
 * The key that wraps the data key, derived from a passphrase (normalized first). Non-extractable, for
 * wrapping and unwrapping only. Argon2 (argon2id: 3.4 KB gzip of script, and 1.0 or 1.3 KB of WASM, both
 * precached: argon2-wasm.ts) runs in a Web Worker started for it (run-argon2.ts), never in the page.
 */
export function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<CryptoKey> {
  return deriveKey(passphrase, salt, params, ['wrapKey', 'unwrapKey']);
}

/**
 * The AES-256-GCM key of an encrypted backup file (../backup/seal.ts), derived the same way: for
 * encrypting and decrypting only, non-extractable. Unsafe settings are refused before any work.
 */
export function deriveFileKey(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<CryptoKey> {
  return deriveKey(passphrase, salt, params, ['encrypt', 'decrypt']);
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  if (!isSafeKdf(params) || salt.length !== SALT_BYTES) throw new DOMException('Unsafe KDF', 'DataError');
  const password = new TextEncoder().encode(normalizePassphrase(passphrase));
  const bytes = await runArgon2({ password, salt: new Uint8Array(salt), params: { ...params } });
  try {
    return await crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, 'AES-GCM', false, usages);
  } finally {
    bytes.fill(0);
  }
}
