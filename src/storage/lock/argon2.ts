import setupWasm from 'argon2id/lib/setup.js';
import { argon2Wasm } from './argon2-wasm';
import type { KdfParams } from './kdf';

/**
 * Argon2id's 32-byte output for the (normalized, UTF-8) passphrase: OpenPGP.js's argon2id, SIMD where the
 * browser compiles it (setup.js tries that build first), the other build otherwise.
 */
export async function argon2Bytes(
  password: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array> {
  const argon2id = await setupWasm(
    async (imports) => WebAssembly.instantiate(await argon2Wasm('simd'), imports),
    async (imports) => WebAssembly.instantiate(await argon2Wasm('no-simd'), imports),
  );
  return argon2id({
    password,
    salt,
    parallelism: params.parallelism,
    passes: params.iterations,
    memorySize: params.memoryKiB,
    tagLength: 32,
  });
}
