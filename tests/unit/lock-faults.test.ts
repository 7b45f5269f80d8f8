import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import { lockStatus, setLock, unlock } from '../../src/storage/lock-store';
import { freshPhone, injectFault, killTab } from './support/faults';
import {
  allSealed,
  MARK,
  onDisk,
  PASSPHRASE,
  putOnDisk,
  readPersonal,
  SEEDED,
  textOnDisk,
} from './support/lock';
import { must } from './support/must';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

/*
 * Turning the lock on, killed at every step (support/faults.ts). Whatever the step: nothing is lost, the
 * phone is either as it was (no lock, every record plain) or fully locked (every personal record
 * sealed, none readable without the key), and setting the lock again, or unlocking, completes it.
 */
describe('turning the lock on', () => {
  afterEach(killTab);

  it('killed at any step loses nothing, leaves no half-locked phone, and completes when tried again', async () => {
    await freshPhone();
    const steps = injectFault(Number.POSITIVE_INFINITY);
    expect(await setLock(PASSPHRASE)).toEqual({ ok: true, value: undefined });
    const total = steps();
    expect(total).toBeGreaterThan(30);

    const endings = new Set<string>();
    // One past the last step: no call fails, the tab is killed the moment the job has committed.
    for (let failAt = 1; failAt <= total + 1; failAt += 1) {
      await killTab();
      await freshPhone();
      injectFault(failAt);
      const result = await setLock(PASSPHRASE);
      await killTab();

      const status = await lockStatus();
      const { rows, keySlots } = await onDisk();
      if (status.ok && status.value === 'none') {
        endings.add('as it was');
        expect(keySlots, `step ${failAt}`).toBeUndefined();
        expect(result.ok, `step ${failAt}`).toBe(false);
        expect(await readPersonal(), `step ${failAt}`).toEqual(SEEDED);
        expect(await setLock(PASSPHRASE), `step ${failAt}`).toEqual({ ok: true, value: undefined });
      } else {
        endings.add('locked');
        expect(status, `step ${failAt}`).toEqual({ ok: true, value: 'locked' });
        expect(allSealed(rows), `step ${failAt}`).toBe(true);
        expect(textOnDisk(rows, MARK), `step ${failAt}`).toBe(false);
        expect(await unlock(PASSPHRASE), `step ${failAt}`).toMatchObject({
          ok: true,
          value: { outcome: 'open' },
        });
      }
      // Either way the lock is now on, whole: every record there, none readable without the key.
      expect(await readPersonal(), `step ${failAt}`).toEqual(SEEDED);
      const after = await onDisk();
      expect(allSealed(after.rows), `step ${failAt}`).toBe(true);
      expect(textOnDisk(after.rows, MARK), `step ${failAt}`).toBe(false);
    }
    expect([...endings].sort()).toEqual(['as it was', 'locked']); // faults landed before and after the commit
  }, 300_000);

  it('seals on the next unlock a record written plain behind its back (an old tab, a database upgrade)', async () => {
    await freshPhone();
    await setLock(PASSPHRASE);
    const { rows } = await onDisk();
    const ana = must(rows.find((row) => row.store === 'contacts'));
    const plain = { rev: 9, shape: 1, body: { codec: 'plain-1', data: { ...SEEDED, marker: MARK } } };
    await putOnDisk('plan', 'documents', plain);
    await killTab();
    expect(textOnDisk((await onDisk()).rows, MARK)).toBe(true);
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'open' } });
    const after = await onDisk();
    expect(allSealed(after.rows)).toBe(true);
    expect(textOnDisk(after.rows, MARK)).toBe(false);
    expect(after.rows.find((row) => row.key === ana.key)).toEqual(ana); // what was sealed stays as it was
  });
});
