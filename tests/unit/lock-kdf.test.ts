import { describe, expect, it } from 'vitest';
import { deriveWrappingKey, isSafeKdf, KDF_PARAMS, type KdfParams } from '../../src/storage/lock/kdf';

// The app's real setting (64 MiB): a few derivations, each a fraction of a second in Node.
const salt = new Uint8Array(16).fill(7);

/** Whether a key derived from `typed` opens what a key derived from `set` closed. */
async function opens(set: string, typed: string, params: KdfParams = KDF_PARAMS): Promise<boolean> {
  const data = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = new Uint8Array(12);
  const wrapped = await crypto.subtle.wrapKey('raw', data, await deriveWrappingKey(set, salt, params), {
    name: 'AES-GCM',
    iv,
  });
  const other = await deriveWrappingKey(typed, salt, params);
  return crypto.subtle
    .unwrapKey('raw', wrapped, other, { name: 'AES-GCM', iv }, 'AES-GCM', false, ['decrypt'])
    .then(() => true)
    .catch(() => false);
}

// Each derivation is pure CPU work: four of them took over vitest's default 5 s on a busy 2-core machine
// (a CI run beside other work). The test is about which keys match, never about how fast.
describe('the key derived from a passphrase', { timeout: 60_000 }, () => {
  it('is the same for the same words typed on another keyboard (NFC) or with a space at the end', async () => {
    // "é" as one character, and as "e" followed by the combining accent.
    expect(await opens('mi café rojo', ' mi cafe\u0301 rojo  ')).toBe(true);
  });

  it('differs for another passphrase, and for the same one with a space inside moved', async () => {
    expect(await opens('mi café rojo', 'mi café roja')).toBe(false);
    expect(await opens('mi café rojo', 'mi caférojo')).toBe(false);
  });

  it('refuses settings that would take a phone minutes or gigabytes, before any work', async () => {
    for (const params of [
      { ...KDF_PARAMS, memoryKiB: 4 * 1024 * 1024 },
      { ...KDF_PARAMS, iterations: 1000 },
      { ...KDF_PARAMS, parallelism: 4 },
      { ...KDF_PARAMS, iterations: 1.5 },
    ]) {
      expect(isSafeKdf(params)).toBe(false);
      await expect(deriveWrappingKey('x', salt, params)).rejects.toMatchObject({ name: 'DataError' });
    }
    await expect(deriveWrappingKey('x', new Uint8Array(3), KDF_PARAMS)).rejects.toMatchObject({
      name: 'DataError',
    });
    expect(isSafeKdf(KDF_PARAMS)).toBe(true);
  });
});
