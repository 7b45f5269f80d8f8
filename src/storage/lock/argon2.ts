/** Argon2id alone, as the chunk `kdf.ts` imports on the first derivation (hash-wasm holds many hashes). */
export { argon2id } from 'hash-wasm';
