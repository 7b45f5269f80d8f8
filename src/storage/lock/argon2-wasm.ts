import noSimd from 'argon2id/dist/no-simd.wasm?url&no-inline';
import simd from 'argon2id/dist/simd.wasm?url&no-inline';

/**
 * The compiled part of Argon2 (argon2id's WASM), as bytes: the build with SIMD instructions, or the one
 * without for a browser that cannot compile it. Both are files of their own, precached (`.wasm` in
 * build/service-worker.ts), since the phone decides which it runs: as binary they are 2.3 KB gzip together,
 * and the worker 5.7 KB with its script, where hash-wasm's worker, its WASM as base64 inside, was 11.2 KB.
 * Unit tests read them from disk instead (tests/unit/setup.ts).
 */
export async function argon2Wasm(build: 'simd' | 'no-simd'): Promise<ArrayBuffer> {
  const response = await fetch(build === 'simd' ? simd : noSimd);
  if (!response.ok) throw new Error(`argon2id's ${build} WASM: HTTP ${response.status}`);
  return response.arrayBuffer();
}
