import { describe, expect, it } from 'vitest';
import {
  fillSlot,
  newKeySlots,
  openSlots,
  readKeySlots,
  rewrapSlot,
  type KeySlots,
} from '../../src/storage/lock/key-slots';
import { KDF_PARAMS } from '../../src/storage/lock/kdf';
import { must } from './support/must';

/*
 * The key hierarchy alone: a random data key per profile, wrapped by a passphrase's key. Here the
 * passphrase's key is a random AES key (what Argon2 gives is tested in lock-kdf.test.ts).
 */
const wrappingKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);

async function sealWith(dataKey: CryptoKey): Promise<ArrayBuffer> {
  return crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: new Uint8Array(12) },
    dataKey,
    new Uint8Array([1, 2, 3]),
  );
}

describe('the key slots', () => {
  it('give back, for the right passphrase key only, a data key that script can never read out', async () => {
    const mine = await wrappingKey();
    const { slots, dataKey } = await fillSlot(newKeySlots(KDF_PARAMS), 1, 'main', mine);
    expect(dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
    const opened = must(await openSlots(slots, mine));
    expect(opened).toMatchObject({ index: 1, role: 'main' });
    expect(opened.dataKey.extractable).toBe(false);
    // The same key: what one sealed, the other opens.
    const sealed = await sealWith(dataKey);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(12) },
      opened.dataKey,
      sealed,
    );
    expect([...new Uint8Array(plain)]).toEqual([1, 2, 3]);
    expect(await openSlots(slots, await wrappingKey())).toBeUndefined();
  });

  it('tell the main profile from the decoy only to the passphrase that opens the slot', async () => {
    const main = await wrappingKey();
    const decoy = await wrappingKey();
    const first = await fillSlot(newKeySlots(KDF_PARAMS), 0, 'main', main);
    const both = await fillSlot(first.slots, 1, 'decoy', decoy);
    expect(await openSlots(both.slots, main)).toMatchObject({ index: 0, role: 'main' });
    expect(await openSlots(both.slots, decoy)).toMatchObject({ index: 1, role: 'decoy' });
    // Nothing beside the slot's bytes says which it is: the same fields, the same sizes.
    const layout = (slots: KeySlots) => slots.slots.map((slot) => [slot.iv.length, slot.wrapped.length]);
    expect(layout(both.slots)).toEqual(layout(first.slots));
    expect(Object.keys(both.slots)).toEqual(Object.keys(first.slots));
  });

  it('wrap the same data key again for a new passphrase, and the old one no longer opens it', async () => {
    const old = await wrappingKey();
    const next = await wrappingKey();
    const { slots, dataKey } = await fillSlot(newKeySlots(KDF_PARAMS), 0, 'main', old);
    const rewrapped = must(await rewrapSlot(slots, { index: 0, role: 'main' }, old, next));
    expect(await openSlots(rewrapped, old)).toBeUndefined();
    const opened = must(await openSlots(rewrapped, next));
    const sealed = await sealWith(dataKey);
    await expect(
      crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, opened.dataKey, sealed),
    ).resolves.toBeInstanceOf(ArrayBuffer);
  });

  it('as stored are read only in their exact shape, with settings a phone can afford', async () => {
    const { slots } = await fillSlot(newKeySlots(KDF_PARAMS), 0, 'main', await wrappingKey());
    expect(readKeySlots(structuredClone(slots))).toEqual(slots);
    for (const broken of [
      { ...slots, format: 2 },
      { ...slots, slots: slots.slots.slice(0, 1) },
      { ...slots, slots: [...slots.slots, ...slots.slots] },
      { ...slots, kdf: { ...slots.kdf, salt: new Uint8Array(4) } },
      { ...slots, kdf: { ...slots.kdf, memoryKiB: 2 ** 30 } },
      { ...slots, slots: [{ iv: new Uint8Array(12), wrapped: new Uint8Array(47) }, slots.slots[1]] },
      'slots',
      null,
    ])
      expect(readKeySlots(broken)).toBeUndefined();
  });
});
