import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
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
import { addContact } from '../../src/storage/contacts-store';
import { forgetHeldKey } from '../../src/storage/lock/held-key';
import { EMPTY_PLAN } from '../../src/storage/plan-record';
import { saveSection } from '../../src/storage/plan-store';
import { recordTry } from '../../src/storage/practice-store';
import { forgetEpoch } from '../../src/storage/epoch';
import { DB_NAME, SECOND_DB_NAME } from '../../src/storage/schema';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { deleteAllData } from '../../src/storage/wipe';
import { must } from './support/must';
import { useFreshDatabase } from './support/fresh-db';
import {
  allSealed,
  databasesOnDisk,
  heldSlot,
  MARK,
  onDisk,
  PASSPHRASE,
  readPersonal,
  SEEDED,
  seedPersonal,
  textOnDisk,
  useClockPastWaits,
  type RawDatabase,
} from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

useClockPastWaits();

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

const DECOY_MARK = 'Zq7decoyside';

/** What a profile with nothing in it reads. */
const EMPTY_PROFILE = { contacts: [], unreadable: 0, practice: [], savings: '', line: undefined };
const locked = {
  contacts: 'locked',
  unreadable: undefined,
  practice: 'locked',
  savings: 'locked',
  language: 'es',
};

/** What the decoy's profile holds once `seedDecoy` saved it. */
const DECOY_SEEDED = {
  contacts: [`Bo ${DECOY_MARK}`],
  unreadable: 0,
  practice: [{ right: 0, tries: 1, lastTried: '2026-02-02' }],
  savings: `tin ${DECOY_MARK}`,
  line: 'state-decoy-7781',
  language: 'es',
};

/** A contact, a practice try, a plan section and the state, saved in the profile open now. */
async function seedDecoy(): Promise<void> {
  const draft = {
    name: `Bo ${DECOY_MARK}`,
    phones: ['+12135550199'],
    role: 'family' as const,
    languages: '',
    notes: '',
    mayPickUpChildren: false,
  };
  const saved = await addContact(draft, []);
  if (!saved.ok) throw new Error(saved.problem);
  expect(await recordTry(saved.value.id, false, '2026-02-02')).toMatchObject({ ok: true });
  const money = { ...EMPTY_PLAN.money, data: { ...EMPTY_PLAN.money.data, savings: `tin ${DECOY_MARK}` } };
  expect(await saveSection('money', money, undefined)).toMatchObject({ ok: true });
  expect(await saveSetting('usState', 'state-decoy-7781')).toEqual({ ok: true, value: undefined });
}

/** A reload: the page's memory (key, connections, epochs) gone, the disk as it was. */
async function reloadPage(): Promise<void> {
  await closeDB();
  forgetEpoch();
  forgetHeldKey();
}

/** How many records (not `meta`) a database holds; -1 when it is not there. */
function recordsIn(disk: Record<string, { rows: unknown[] }>, name: string): number {
  return disk[name]?.rows.length ?? -1;
}

/** Both databases as someone reading the disk sees them: names, stores' record counts, `meta`'s shape. */
function diskShape(disk: Record<string, RawDatabase>): unknown {
  return Object.fromEntries(
    Object.entries(disk).map(([name, { rows, meta }]) => [
      name,
      { records: rows.map(({ store, key }) => `${store}/${key}`).sort(), meta: shapeOf(meta) },
    ]),
  );
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

  it('cannot be told from anything stored: the same databases, records and sizes with or without one', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    const without = diskShape(await databasesOnDisk());
    // Every lock has the second database, empty until a decoy is used.
    expect(Object.keys(without as object).sort()).toEqual([DB_NAME, SECOND_DB_NAME]);
    expect(recordsIn(await databasesOnDisk(), SECOND_DB_NAME)).toBe(0);
    await setDecoy(DECOY);
    expect(diskShape(await databasesOnDisk())).toEqual(without);
    // Used, then removed: back to the same.
    lockNow();
    await unlock(DECOY);
    await seedDecoy();
    expect(diskShape(await databasesOnDisk())).not.toEqual(without); // what a copy taken now would show
    lockNow();
    vi.setSystemTime(Date.now() + 3_600_000);
    await unlock(PASSPHRASE);
    await removeDecoy();
    expect(diskShape(await databasesOnDisk())).toEqual(without);
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

  it('opens a profile of its own: what it saves it sees again after a reload, the main never does', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    await setDecoy(DECOY);
    lockNow();
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'open', profile: 'decoy' } });
    // Empty at first, and nothing of the main profile (the language is the phone's, shared).
    expect(await readPersonal()).toEqual({ ...EMPTY_PROFILE, language: 'es' });
    await seedDecoy();
    expect(await readPersonal()).toEqual(DECOY_SEEDED);
    // The lock's own settings stay the main profile's: the decoy locks as it does.
    expect(await saveSetting('autoLock', '1')).toEqual({ ok: true, value: undefined });
    // The decoy cannot remove the lock. It just opened the app, so it is not called "wrong" (that would
    // tell it is a decoy): refused as a write can be, nothing changed, and no miss counted (no wait below).
    expect(await removeLock(DECOY)).toEqual({ ok: false, problem: 'locked' });

    await reloadPage();
    expect(await readPersonal()).toEqual({ line: 'locked', ...locked });
    expect(await unlock(DECOY)).toMatchObject({ ok: true, value: { profile: 'decoy' } });
    expect(await readPersonal()).toEqual(DECOY_SEEDED);
    expect(await loadSetting('autoLock')).toEqual({ ok: true, value: '1' });

    await reloadPage();
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: { outcome: 'open', profile: 'main' } });
    expect(await readPersonal()).toEqual(SEEDED);
    expect(await loadSetting('autoLock')).toEqual({ ok: true, value: '1' });

    // On disk: the main database holds none of the decoy's, the second none of the main's; all sealed.
    const disk = await databasesOnDisk();
    const [main, second] = [must(disk[DB_NAME]), must(disk[SECOND_DB_NAME])];
    expect(textOnDisk(main.rows, DECOY_MARK)).toBe(false);
    expect(textOnDisk(second.rows, MARK)).toBe(false);
    expect(textOnDisk(second.rows, DECOY_MARK)).toBe(false); // sealed, not plain
    expect(second.rows.length).toBeGreaterThan(3);
    expect(allSealed(second.rows)).toBe(true);
  });

  it('starts empty when set again or removed, and goes with the lock and with "Delete all"', async () => {
    await setLock(PASSPHRASE);
    await setDecoy(DECOY);
    lockNow();
    await unlock(DECOY);
    await seedDecoy();
    lockNow();
    vi.setSystemTime(Date.now() + 3_600_000);
    await unlock(PASSPHRASE);
    expect(await setDecoy('another decoy')).toEqual({ ok: true, value: undefined });
    expect(recordsIn(await databasesOnDisk(), SECOND_DB_NAME)).toBe(0);
    lockNow();
    await unlock('another decoy');
    expect(await readPersonal()).toEqual({ ...EMPTY_PROFILE, language: undefined });
    await seedDecoy();
    lockNow();
    await unlock(PASSPHRASE);
    expect(await removeDecoy()).toEqual({ ok: true, value: undefined });
    expect(recordsIn(await databasesOnDisk(), SECOND_DB_NAME)).toBe(0);

    await setDecoy(DECOY);
    lockNow();
    await unlock(DECOY);
    await seedDecoy();
    lockNow();
    await unlock(PASSPHRASE);
    expect(await removeLock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'removed' } });
    expect(Object.keys(await databasesOnDisk())).toEqual([DB_NAME]);

    // "Delete all" from the decoy's profile deletes both databases, the key slots made useless first.
    await setLock(PASSPHRASE);
    await setDecoy(DECOY);
    lockNow();
    await unlock(DECOY);
    await seedDecoy();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const deletes = vi.spyOn(indexedDB, 'deleteDatabase');
    expect(await deleteAllData()).toEqual({ ok: true, value: undefined });
    const slotsPut = put.mock.calls.findIndex(([, key]) => key === 'keySlots');
    expect(slotsPut).toBeGreaterThanOrEqual(0);
    const firstDelete = must(deletes.mock.invocationCallOrder[0]);
    expect(must(put.mock.invocationCallOrder[slotsPut])).toBeLessThan(firstDelete);
    expect(deletes.mock.calls.map(([name]) => name).sort()).toEqual([DB_NAME, SECOND_DB_NAME]);
    expect(await indexedDB.databases()).toEqual([]);
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
