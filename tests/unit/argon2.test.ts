import { readFile } from 'node:fs/promises';
import setupWasm from 'argon2id/lib/setup.js';
import { describe, expect, it } from 'vitest';
import { argon2Bytes } from '../../src/storage/lock/argon2';
import { KDF_PARAMS } from '../../src/storage/lock/kdf';

// A wrong Argon2 still "works" (the same passphrase opens what it closed) while being weaker or another
// function: only known answers prove it is Argon2id. Both WASM builds ship (build/service-worker.ts), and a
// phone runs whichever it can compile, so each is checked on its own.
const BUILDS = ['simd', 'no-simd'] as const;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (value: string) => new TextEncoder().encode(value);

async function only(build: (typeof BUILDS)[number]) {
  const bytes = await readFile(new URL(`../../node_modules/argon2id/dist/${build}.wasm`, import.meta.url));
  const load = (imports: WebAssembly.Imports) => WebAssembly.instantiate(bytes, imports);
  return setupWasm(load, load);
}

describe.each(BUILDS)('Argon2id, the %s build', (build) => {
  it('gives the answer of RFC 9106 (section 5.3)', async () => {
    const argon2id = await only(build);
    const tag = argon2id({
      password: new Uint8Array(32).fill(1),
      salt: new Uint8Array(16).fill(2),
      secret: new Uint8Array(8).fill(3),
      ad: new Uint8Array(12).fill(4),
      passes: 3,
      memorySize: 32,
      parallelism: 4,
      tagLength: 32,
    });
    expect(hex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });

  it("gives the reference implementation's answer at the app's setting (64 MiB, 2 passes, 1 lane)", async () => {
    const argon2id = await only(build);
    const tag = argon2id({
      password: text('password'),
      salt: text('somesalt'),
      passes: KDF_PARAMS.iterations,
      memorySize: KDF_PARAMS.memoryKiB,
      parallelism: KDF_PARAMS.parallelism,
      tagLength: 32,
    });
    // phc-winner-argon2's src/test.c: hashtest(version, 2, 16, 1, "password", "somesalt", …) for Argon2id.
    expect(hex(tag)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });
});

describe('argon2Bytes, what the worker runs', () => {
  it("derives the reference implementation's answer from the app's setting", async () => {
    const tag = await argon2Bytes(text('password'), text('somesalt'), KDF_PARAMS);
    expect(hex(tag)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });
});
