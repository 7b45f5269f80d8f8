import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDB } from '../../src/storage/db';
import type * as Kdf from '../../src/storage/lock/kdf';
import {
  changePassphrase,
  lockNow,
  removeDecoy,
  removeLock,
  setDecoy,
  setLock,
  unlock,
} from '../../src/storage/lock-store';
import { forgetEpoch } from '../../src/storage/records';
import { saveSetting } from '../../src/storage/settings-store';
import { must } from './support/must';
import { useFreshDatabase } from './support/fresh-db';
import { heldSlot, onDisk, PASSPHRASE, readPersonal, SEEDED, seedPersonal } from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

let hour = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 0, 1) + (hour += 1) * 3_600_000);
  return () => vi.useRealTimers();
});

const DECOY = 'sunflower market';

/** What someone reading the disk sees of the key slots: every field's kind and size, no content. */
function shapeOf(value: unknown): unknown {
  if (value instanceof Uint8Array) return `bytes:${value.length}`;
  if (typeof value === 'string') return `text:${value.length}`;
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
  return value;
}

/** Starts another phone's empty database, as a page that never saw one. */
async function anotherPhone(): Promise<void> {
  await closeDB();
  forgetEpoch();
  lockNow();
  globalThis.indexedDB = new IDBFactory();
}

describe('the decoy passphrase', () => {
  useFreshDatabase();

  it('cannot be told from the stored key slots: the same fields, kinds and sizes with or without one', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    const without = (await onDisk()).keySlots;
    expect(await setDecoy(DECOY)).toEqual({ ok: true, value: undefined });
    const withDecoy = (await onDisk()).keySlots;
    expect(shapeOf(withDecoy)).toEqual(shapeOf(without));
    const slot = { iv: 'bytes:12', wrapped: 'bytes:48' };
    expect(shapeOf(without)).toMatchObject({ slots: [slot, slot] });
    // Nothing but the other slot's bytes changed, and nothing at all beside the slots.
    const before = without as { slots: unknown[] };
    const after = withDecoy as { slots: unknown[] };
    const main = heldSlot();
    expect({ ...after, slots: after.slots[main] }).toEqual({ ...before, slots: before.slots[main] });
    expect(after.slots[1 - main]).not.toEqual(before.slots[1 - main]);
  });

  it('with none set, the unused slot is fresh random bytes, like a wrapped key, never a fixed filler', async () => {
    const unused: Uint8Array[] = [];
    for (let lock = 0; lock < 2; lock += 1) {
      await anotherPhone();
      await setLock(PASSPHRASE);
      const { slots } = (await onDisk()).keySlots as { slots: { iv: Uint8Array; wrapped: Uint8Array }[] };
      const other = must(slots[1 - heldSlot()]);
      unused.push(new Uint8Array([...other.iv, ...other.wrapped]));
    }
    const [first, second] = unused;
    expect(first).not.toEqual(second);
    for (const bytes of unused) expect(new Set(bytes).size).toBeGreaterThan(20); // 60 random bytes: ~53 values
  });

  it('sits in either slot: which one the main passphrase opens is drawn anew for each lock', async () => {
    const seen = new Set<number>();
    for (let lock = 0; lock < 20 && seen.size < 2; lock += 1) {
      await anotherPhone();
      await setLock(PASSPHRASE);
      seen.add(heldSlot());
    }
    expect([...seen].sort()).toEqual([0, 1]); // all 20 alike: one chance in 2^19
  });

  it('opens a profile with no personal record, writes none, and leaves the main one whole', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    await setDecoy(DECOY);
    lockNow();
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'open', profile: 'decoy' } });
    expect(await readPersonal()).toEqual({
      contacts: [],
      unreadable: 0,
      practice: [],
      savings: '',
      state: undefined,
      language: 'es',
    });
    expect(await saveSetting('usState', 'TX')).toEqual({
      ok: false,
      problem: 'locked',
    });
    // The decoy cannot remove the lock: it says "wrong", as for any other passphrase.
    expect(await removeLock(DECOY)).toMatchObject({ ok: true, value: { outcome: 'wrong' } });
    lockNow();
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: { outcome: 'open', profile: 'main' } });
    expect(await readPersonal()).toEqual(SEEDED);
  });

  it('keeps working when the main passphrase changes, and stops once removed', async () => {
    await setLock(PASSPHRASE);
    expect(await setDecoy(PASSPHRASE)).toEqual({ ok: false, problem: 'invalid' }); // one slot, two names: no
    await setDecoy(DECOY);
    await changePassphrase(PASSPHRASE, 'brand new words');
    lockNow();
    expect(await unlock(DECOY)).toMatchObject({ ok: true, value: { profile: 'decoy' } });
    expect(await setDecoy('other')).toEqual({ ok: false, problem: 'locked' }); // only the main profile may
    lockNow();
    await unlock('brand new words');
    const shape = shapeOf((await onDisk()).keySlots);
    expect(await removeDecoy()).toEqual({ ok: true, value: undefined });
    expect(shapeOf((await onDisk()).keySlots)).toEqual(shape);
    lockNow();
    expect(await unlock(DECOY)).toMatchObject({ ok: true, value: { outcome: 'wrong' } });
  });
});
