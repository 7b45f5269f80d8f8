import { argon2id } from 'hash-wasm';
import type { KdfParams } from './kdf';

/** Argon2id's 32-byte output for the (normalized, UTF-8) passphrase: hash-wasm, its WASM inside the script. */
export function argon2Bytes(password: Uint8Array, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  return argon2id({
    password,
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
}
