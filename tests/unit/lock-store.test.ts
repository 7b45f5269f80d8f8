import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import {
  changePassphrase,
  lockNow,
  lockStatus,
  removeLock,
  setLock,
  unlock,
} from '../../src/storage/lock-store';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { deleteAllData } from '../../src/storage/wipe';
import { useFreshDatabase } from './support/fresh-db';
import {
  allSealed,
  MARK,
  onDisk,
  PASSPHRASE,
  readPersonal,
  SEEDED,
  seedPersonal,
  textOnDisk,
} from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

// The courtesy wait runs on the clock: each test starts an hour after the last, past any wait.
let hour = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 0, 1) + (hour += 1) * 3_600_000);
  return () => vi.useRealTimers();
});

describe('the lock', () => {
  useFreshDatabase();

  it('seals every personal record on disk and opens them all again with the passphrase', async () => {
    await seedPersonal();
    expect(await lockStatus()).toEqual({ ok: true, value: 'none' });
    expect(textOnDisk((await onDisk()).rows, MARK)).toBe(true); // the search sees plain data

    const progress: number[] = [];
    expect(await setLock(PASSPHRASE, (fraction) => progress.push(fraction))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(await lockStatus()).toEqual({ ok: true, value: 'open' });
    expect(await readPersonal()).toEqual(SEEDED);
    const { rows } = await onDisk();
    expect(allSealed(rows)).toBe(true);
    expect(textOnDisk(rows, MARK)).toBe(false);
    expect(textOnDisk(rows, '2135550100')).toBe(false); // the contacts' number

    lockNow();
    expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });
    expect(await unlock(`  ${PASSPHRASE} `)).toEqual({
      ok: true,
      value: { outcome: 'open', profile: 'main' },
    });
    expect(await readPersonal()).toEqual(SEEDED);
  });

  it('while locked: personal reads and writes are refused as locked, the language still opens', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    lockNow();
    expect(await readPersonal()).toEqual({
      contacts: 'locked',
      unreadable: undefined,
      practice: 'locked',
      savings: 'locked',
      state: 'locked',
      language: 'es',
    });
    // Written plain by a page that holds no key: refused inside the transaction, nothing changes.
    expect(await saveSetting('usState', 'TX')).toEqual({
      ok: false,
      problem: 'locked',
    });
    expect(await saveSetting('language', 'en')).toEqual({ ok: true, value: undefined });
    expect(allSealed((await onDisk()).rows)).toBe(true);
    await unlock(PASSPHRASE);
    expect(await loadSetting('usState')).toEqual({ ok: true, value: 'NM' });
  });

  it('a wrong passphrase opens nothing, and each miss makes the next try wait longer', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    lockNow();
    const first = await unlock('river lantern copper meadows');
    expect(first).toMatchObject({ ok: true, value: { outcome: 'wrong' } });
    // Too soon: not even the right passphrase is tried.
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'wait' } });
    expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });
    vi.setSystemTime(Date.now() + 3_600_000);
    const second = await unlock('wrong');
    const waits = [first, second].map((tried) =>
      tried.ok && 'waitMs' in tried.value ? tried.value.waitMs : 0,
    );
    expect(waits[1]).toBeGreaterThan(waits[0] ?? Infinity);
    expect(await readPersonal()).toMatchObject({ contacts: 'locked' });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'open' } });
  });

  it('refuses a second lock, and an empty passphrase', async () => {
    expect(await setLock('   ')).toEqual({ ok: false, problem: 'invalid' });
    await setLock(PASSPHRASE);
    expect(await setLock('another one')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('a new passphrase replaces the old one; the records stay as they are', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    const before = (await onDisk()).rows;
    expect(await changePassphrase('not it', 'new words here')).toMatchObject({
      ok: true,
      value: { outcome: 'wrong' },
    });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await changePassphrase(PASSPHRASE, 'new words here')).toEqual({
      ok: true,
      value: { outcome: 'changed' },
    });
    expect((await onDisk()).rows).toEqual(before); // the data key is the same: no record rewritten
    lockNow();
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'wrong' } });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await unlock('new words here')).toMatchObject({ ok: true, value: { outcome: 'open' } });
    expect(await readPersonal()).toEqual(SEEDED);
  });

  it('removing the lock writes every record plain again and deletes the key slots', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    lockNow();
    expect(await removeLock(PASSPHRASE)).toEqual({ ok: true, value: { outcome: 'removed' } });
    expect(await lockStatus()).toEqual({ ok: true, value: 'none' });
    const { rows, keySlots } = await onDisk();
    expect(keySlots).toBeUndefined();
    expect(rows.some((row) => (row.row.body as { codec: string }).codec !== 'plain-1')).toBe(false);
    expect(await readPersonal()).toEqual(SEEDED);
  });

  it('"Delete all" first makes the key slots random: even if the deletion fails, no passphrase opens a record', async () => {
    await seedPersonal();
    await setLock(PASSPHRASE);
    const shape = JSON.stringify((await onDisk()).keySlots, (_, value: unknown) =>
      value instanceof Uint8Array ? value.length : value,
    );
    vi.spyOn(indexedDB, 'deleteDatabase').mockImplementation(() => {
      throw new DOMException('Interrupted', 'UnknownError');
    });
    expect(await deleteAllData()).toEqual({ ok: false, problem: 'unavailable' });
    vi.restoreAllMocks();
    expect(await lockStatus()).toEqual({ ok: true, value: 'locked' }); // the key left memory too
    const after = (await onDisk()).keySlots;
    expect(
      JSON.stringify(after, (_, value: unknown) => (value instanceof Uint8Array ? value.length : value)),
    ).toBe(shape);
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'wrong' } });
    expect(await readPersonal()).toMatchObject({ contacts: 'locked', state: 'locked' });
  });
});
