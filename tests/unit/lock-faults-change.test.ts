import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPersonal } from '../../src/storage/codec';
import { isEncrypted } from '../../src/storage/lock/record-cipher';
import type { KdfJob } from '../../src/storage/lock/run-argon2';
import { addContact, listContacts } from '../../src/storage/contacts-store';
import {
  changePassphrase,
  lockStatus,
  lockThisTab,
  removeLock,
  setDecoy,
  setLock,
  unlock,
} from '../../src/storage/lock-store';
import { SECOND_DB_NAME } from '../../src/storage/schema';
import { listIncidents, newIncident, saveIncident } from '../../src/storage/incident-store';
import { isDropped } from '../../src/storage/lock/drop-box';
import { heldKey, holdKey } from '../../src/storage/lock/held-key';
import { must } from './support/must';
import { freshPhone, injectFault, killTab } from './support/faults';
import {
  type RawRow,
  databasesOnDisk,
  MARK,
  onDisk,
  PASSPHRASE,
  readPersonal,
  SEEDED,
  textOnDisk,
} from './support/lock';

// Argon2 itself is tested in argon2.test.ts and lock-kdf.test.ts; here each phone derives a key a dozen times
// per step, so a hash stands in for it (the rest of the derivation, and every WebCrypto call, is the app's).
vi.mock('../../src/storage/lock/run-argon2', () => ({
  runArgon2: ({ password, salt }: KdfJob) =>
    Promise.resolve(new Uint8Array(createHash('sha256').update(password).update(salt).digest())),
}));

/*
 * Removing the lock, changing the passphrase and setting the decoy's, each killed at every step
 * (support/faults.ts), as lock-faults.test.ts does for setting the lock. Whatever the step: the family's
 * records are all there, readable with the old passphrase or the new one (never neither, never both), and
 * the phone is never half one and half the other.
 */
const NEXT = 'harbor violet thimble orchard';
const DECOY = 'sunflower market';
const NEW_DECOY = 'pebble canyon whistle';
const DECOY_CONTACT = `Decoy ${MARK}`;
const RAID = `raid ${MARK}`;

// A killed tab forgets the wait after a miss: each try below starts an hour after the last one.
let hour = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  return () => vi.useRealTimers();
});
afterEach(killTab);

/** `unlock` as a new page does it, past any wait a miss in an earlier try started. */
async function tryUnlock(passphrase: string) {
  vi.setSystemTime(Date.UTC(2026, 0, 1) + (hour += 1) * 3_600_000);
  const tried = await unlock(passphrase);
  if (!tried.ok) throw new Error(`unlock refused: ${tried.problem}`);
  return tried.value;
}

/** A phone with the seeded records, locked with PASSPHRASE, and a decoy holding one contact of its own. */
async function lockedPhoneWithDecoy(): Promise<void> {
  await freshPhone();
  expect(await setLock(PASSPHRASE)).toEqual({ ok: true, value: undefined });
  expect(await setDecoy(DECOY)).toEqual({ ok: true, value: undefined });
  lockThisTab();
  expect(await tryUnlock(DECOY)).toEqual({ outcome: 'open', profile: 'decoy' });
  expect((await addContact({ ...decoyDraft, name: DECOY_CONTACT }, [])).ok).toBe(true);
  lockThisTab();
  expect(await tryUnlock(PASSPHRASE)).toEqual({ outcome: 'open', profile: 'main' });
  // Another tab, locked, saves an incident record (the drop box) while this one stays open.
  const open = must(heldKey());
  lockThisTab();
  const record = { ...newIncident(new Date(Date.UTC(2026, 0, 1))), notes: RAID };
  expect(await saveIncident(record, undefined)).toEqual({ ok: true, value: 1 });
  holdKey(open);
  expect((await onDisk()).rows.filter((row) => isDropped(row.row.body))).toHaveLength(1);
}

/** The family's records as the open profile reads them: the seeded ones, and the incident record's notes. */
async function readAll(): Promise<unknown> {
  const incidents = await listIncidents();
  const notes = incidents.ok
    ? incidents.value.incidents.map((saved) => saved.incident.notes)
    : incidents.problem;
  return { ...((await readPersonal()) as object), incidents: notes };
}

/** Whether every personal row is sealed: with the data key, or to the drop box (the language alone plain). */
const sealed = (rows: RawRow[]) =>
  rows.every(
    ({ store, key, row }) => isPersonal({ store, key }) === (isEncrypted(row.body) || isDropped(row.body)),
  );

const ALL_READ = { ...SEEDED, incidents: [RAID] };

const decoyDraft = {
  name: '',
  phones: ['+12135550199'],
  role: 'family' as const,
  languages: '',
  notes: '',
  mayPickUpChildren: false,
};

/** The names of the contacts the open profile reads. */
async function contactNames(): Promise<string[] | string> {
  const listed = await listContacts();
  return listed.ok ? listed.value.contacts.map((contact) => contact.name) : listed.problem;
}

/** Runs `job` once to count its steps, then fails it at each step in turn on a fresh phone (and once past the last). */
async function atEveryStep(
  job: () => Promise<unknown>,
  check: (failAt: number, result: unknown) => Promise<string>,
): Promise<Set<string>> {
  await lockedPhoneWithDecoy();
  const steps = injectFault(Number.POSITIVE_INFINITY);
  await job();
  const total = steps();
  expect(total).toBeGreaterThan(10);
  const endings = new Set<string>();
  for (let failAt = 1; failAt <= total + 1; failAt += 1) {
    await killTab();
    await lockedPhoneWithDecoy();
    injectFault(failAt);
    const result = await job();
    await killTab();
    endings.add(await check(failAt, result));
  }
  return endings;
}

describe('removing the lock, killed at any step', () => {
  it('leaves the phone locked with the passphrase, or plain with no lock, never a mix; nothing is lost', async () => {
    const endings = await atEveryStep(
      () => removeLock(PASSPHRASE),
      async (failAt, result) => {
        const at = `step ${failAt}`;
        const status = await lockStatus();
        const { rows, keySlots } = await onDisk();
        if (status.ok && status.value === 'none') {
          expect(keySlots, at).toBeUndefined();
          expect(
            rows.some((row) => isEncrypted(row.row.body)),
            at,
          ).toBe(false);
          expect(await readAll(), at).toEqual(ALL_READ);
          // A decoy's database left behind (killed before its deletion) holds nothing any key opens, and
          // the next lock starts it empty.
          expect(await setLock(PASSPHRASE), at).toEqual({ ok: true, value: undefined });
          expect((await databasesOnDisk())[SECOND_DB_NAME]?.rows, at).toEqual([]);
          return 'removed';
        }
        expect(result, at).not.toEqual({ ok: true, value: { outcome: 'removed' } });
        expect(status, at).toEqual({ ok: true, value: 'locked' });
        expect(sealed(rows), at).toBe(true);
        expect(textOnDisk(rows, MARK), at).toBe(false);
        expect(await tryUnlock(DECOY), at).toEqual({ outcome: 'open', profile: 'decoy' });
        expect(await contactNames(), at).toEqual([DECOY_CONTACT]);
        lockThisTab();
        expect(await tryUnlock(PASSPHRASE), at).toEqual({ outcome: 'open', profile: 'main' });
        expect(await readAll(), at).toEqual(ALL_READ);
        // Tried again, it completes.
        expect(await removeLock(PASSPHRASE), at).toEqual({ ok: true, value: { outcome: 'removed' } });
        expect(await readAll(), at).toEqual(ALL_READ);
        return 'locked';
      },
    );
    expect([...endings].sort()).toEqual(['locked', 'removed']);
  }, 300_000);
});

/** What each profile's passphrase opens: the main one every record, the decoy's its own contact alone. */
async function opensItsOwn(passphrase: string, profile: 'main' | 'decoy', at: string): Promise<void> {
  expect(await tryUnlock(passphrase), at).toEqual({ outcome: 'open', profile });
  if (profile === 'main') expect(await readAll(), at).toEqual(ALL_READ);
  else expect(await contactNames(), at).toEqual([DECOY_CONTACT]);
  lockThisTab();
}

describe('changing the passphrase, killed at any step', () => {
  const cases = [
    { profile: 'main', current: PASSPHRASE, next: NEXT, other: DECOY },
    { profile: 'decoy', current: DECOY, next: NEW_DECOY, other: PASSPHRASE },
  ] as const;
  for (const { profile, current, next, other } of cases) {
    it(`opens the ${profile} profile with the old passphrase or the new one, exactly one; the other keeps its own`, async () => {
      const endings = await atEveryStep(
        () => changePassphrase(current, next),
        async (failAt, result) => {
          const at = `step ${failAt}`;
          expect(await lockStatus(), at).toEqual({ ok: true, value: 'locked' });
          expect(sealed((await onDisk()).rows), at).toBe(true);
          const tries = [await tryUnlock(current)];
          lockThisTab();
          tries.push(await tryUnlock(next));
          lockThisTab();
          expect(
            tries.filter((tried) => tried.outcome === 'open'),
            at,
          ).toEqual([{ outcome: 'open', profile }]);
          const changed = tries[1]?.outcome === 'open';
          if (!changed) expect(result, at).not.toEqual({ ok: true, value: { outcome: 'changed' } });

          await opensItsOwn(changed ? next : current, profile, at);
          await opensItsOwn(other, profile === 'main' ? 'decoy' : 'main', at);
          return changed ? 'changed' : 'as it was';
        },
      );
      expect([...endings].sort()).toEqual(['as it was', 'changed']);
    }, 300_000);
  }
});

describe('setting a new decoy passphrase, killed at any step', () => {
  it('leaves the old decoy passphrase or the new one, exactly one; the main records are untouched', async () => {
    const endings = await atEveryStep(
      () => setDecoy(NEW_DECOY),
      async (failAt, result) => {
        const at = `step ${failAt}`;
        expect(sealed((await onDisk()).rows), at).toBe(true);
        expect(await tryUnlock(PASSPHRASE), at).toEqual({ outcome: 'open', profile: 'main' });
        expect(await readAll(), at).toEqual(ALL_READ);
        lockThisTab();

        const old = await tryUnlock(DECOY);
        const oldNames = old.outcome === 'open' ? await contactNames() : undefined;
        lockThisTab();
        const next = await tryUnlock(NEW_DECOY);
        const nextNames = next.outcome === 'open' ? await contactNames() : undefined;
        lockThisTab();
        const opened = [old, next].filter((tried) => tried.outcome === 'open');
        expect(opened, at).toEqual([{ outcome: 'open', profile: 'decoy' }]);
        if (next.outcome === 'open') {
          expect(nextNames, at).toEqual([]); // a new decoy starts empty: nothing of the old one shows
          return 'new decoy';
        }
        expect(result, at).not.toEqual({ ok: true, value: undefined });
        // The old decoy's records are emptied before its slot is replaced (the two are in different
        // databases: no one transaction holds both), so a failure between them leaves it empty.
        expect([[DECOY_CONTACT], []], at).toContainEqual(oldNames);
        return Array.isArray(oldNames) && oldNames.length > 0 ? 'as it was' : 'old decoy, emptied';
      },
    );
    expect(endings.has('as it was') && endings.has('new decoy')).toBe(true);
  }, 300_000);
});
