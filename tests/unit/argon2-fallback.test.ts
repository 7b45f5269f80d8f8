import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { argon2Bytes } from '../../src/storage/lock/argon2';
import { argon2Wasm } from '../../src/storage/lock/argon2-wasm';
import { KDF_PARAMS } from '../../src/storage/lock/kdf';

// A file of its own: argon2id remembers, once per page, whether the SIMD build compiled.
const text = (value: string) => new TextEncoder().encode(value);

describe('a browser that cannot compile the SIMD build', () => {
  it('derives the same key with the other build', async () => {
    const plain = await readFile(new URL('../../node_modules/argon2id/dist/no-simd.wasm', import.meta.url));
    // What such a browser makes of simd.wasm: a CompileError, as for any module it cannot read.
    vi.mocked(argon2Wasm).mockImplementation(async (build) =>
      build === 'simd'
        ? new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 255]).buffer
        : new Uint8Array(plain).buffer,
    );
    const tag = await argon2Bytes(text('password'), text('somesalt'), KDF_PARAMS);
    expect(Buffer.from(tag).toString('hex')).toBe(
      '09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7',
    );
    expect(vi.mocked(argon2Wasm).mock.calls.map(([build]) => build)).toEqual(['simd', 'no-simd']);
  });
});
