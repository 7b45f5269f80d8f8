import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import {
  addContact,
  deleteContact,
  listContacts,
  moveContact,
  updateContact,
  type ContactDraft,
  type SavedContact,
} from '../../src/storage/contacts-store';
import { exportAll } from '../../src/storage/backup/export';
import { NEW_ALERT } from '../../src/storage/alert-record';
import { recipientsOpenWhileLocked, saveAlert } from '../../src/storage/alert-store';
import type * as Kdf from '../../src/storage/lock/kdf';
import { lockNow, removeLock, setDecoy, setLock, unlock } from '../../src/storage/lock-store';
import {
  chooseOpenNumbers,
  emergencyNumbersNow,
  numbersOpenWhileLocked,
  openListOf,
} from '../../src/storage/open-numbers';
import { DB_NAME, OPEN_NUMBERS_KEY, SECOND_DB_NAME, STORES } from '../../src/storage/schema';
import { deleteAllData } from '../../src/storage/wipe';
import { useFreshDatabase } from './support/fresh-db';
import { must } from './support/must';
import {
  databasesOnDisk,
  onDisk,
  PASSPHRASE,
  putOnDisk,
  textOnDisk,
  useClockPastWaits,
} from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

useClockPastWaits();

const SECRET = 'Qx9private'; // in every contact's notes: never on the open list
const DECOY = 'decoy words only here';

const draft = (name: string, role: ContactDraft['role'], phone: string): ContactDraft => ({
  name,
  phones: [phone, '+12135559999'],
  role,
  languages: 'es',
  notes: `gate code ${SECRET}`,
  mayPickUpChildren: true,
});

/** Six contacts in calling order: three family, a lawyer, a rapid-response line, one more family. */
async function seedContacts(): Promise<SavedContact[]> {
  const people: [string, ContactDraft['role'], string][] = [
    ['Ana', 'family', '+12135550101'],
    ['Beto', 'family', '+12135550102'],
    ['Carla', 'caregiver', '+12135550103'],
    ['Lic. Ruiz', 'lawyer', '+12135550104;ext=12'],
    ['Red local', 'rapid-response', '+12135550105'],
    ['Dora', 'family', '+12135550106'],
  ];
  const saved: SavedContact[] = [];
  for (const [name, role, phone] of people)
    saved.push(must(ok(await addContact(draft(name, role, phone), saved))));
  return saved;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; problem: string }): T {
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

/** The open list as it sits on disk, read past the app's code: `undefined` when there is none. */
async function listOnDisk(): Promise<unknown> {
  const row = (await onDisk()).rows.find((found) => found.key === OPEN_NUMBERS_KEY);
  return row && (row.row.body as { data: unknown }).data;
}

/** What the emergency screens are given now, as name and number. */
async function shownNow(): Promise<{ from: string; calls: string[] }> {
  const now = ok(await emergencyNumbersNow());
  return { from: now.from, calls: now.contacts.map((contact) => `${contact.name} ${contact.phones[0]}`) };
}

const OPEN = [
  'Ana +12135550101',
  'Beto +12135550102',
  'Carla +12135550103',
  'Lic. Ruiz +12135550104;ext=12',
  'Red local +12135550105',
];

describe('emergency numbers while locked', () => {
  useFreshDatabase();

  it('are closed by default: locked, the screens get nothing and no name is plain on disk', async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    expect(ok(await numbersOpenWhileLocked())).toBe(false);
    lockNow();
    expect(await shownNow()).toEqual({ from: 'closed', calls: [] });
    expect(textOnDisk((await onDisk()).rows, 'Ruiz')).toBe(false);
  });

  it('once chosen, keep the lawyer, the local line and the first three contacts, readable with no key', async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    expect(ok(await numbersOpenWhileLocked())).toBe(true);
    // Unlocked, the screens read the records as before: every contact.
    expect((await shownNow()).from).toBe('records');
    expect((await shownNow()).calls).toHaveLength(6);

    lockNow();
    expect(await listContacts()).toEqual({ ok: false, problem: 'locked' });
    expect(await shownNow()).toEqual({ from: 'open-list', calls: OPEN });
    expect(ok(await numbersOpenWhileLocked())).toBe(true);
    // Name, first number and role only: no notes, no second number, no other field.
    const { rows } = await onDisk();
    expect(textOnDisk(rows, 'Ruiz')).toBe(true);
    expect(textOnDisk(rows, SECRET)).toBe(false);
    expect(textOnDisk(rows, '+12135559999')).toBe(false);
    expect(await listOnDisk()).toEqual({
      numbers: expect.arrayContaining([
        { name: 'Red local', number: '+12135550105', role: 'rapid-response' },
      ]),
    });
  });

  it("hold the alert's recipients too, and give them to the alert while locked", async () => {
    const saved = await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    const dora = must(saved.find((contact) => contact.name === 'Dora'));
    // Dora is sixth in calling order: on the list only as a recipient of the alert.
    ok(await saveAlert('home', { ...NEW_ALERT, recipients: [dora.id] }, undefined));
    lockNow();
    expect((await shownNow()).calls).toEqual([...OPEN, 'Dora +12135550106']);
    expect(ok(await recipientsOpenWhileLocked()).map((contact) => contact.name)).toContain('Dora');
    // With the choice off, the alert shows no one while locked.
    ok(await chooseOpenNumbers(false));
    expect(ok(await recipientsOpenWhileLocked())).toEqual([]);
  });

  it('follow every change to the contacts made while unlocked', async () => {
    const saved = await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    const lockedView = async () => {
      lockNow();
      const shown = await shownNow();
      ok(await unlock(PASSPHRASE));
      return shown.calls;
    };

    // Edited: the new name and number.
    const ana = must(saved[0]);
    ok(await updateContact({ ...ana, name: 'Ana María', phones: ['+12135550199'] }));
    expect(await lockedView()).toContain('Ana María +12135550199');
    // Deleted: gone, and the fourth in calling order (Dora, after the lawyer and the line) moves up.
    const contacts = ok(await listContacts()).contacts;
    ok(await deleteContact(must(contacts.find((contact) => contact.name === 'Beto'))));
    expect(await lockedView()).toEqual([
      'Ana María +12135550199',
      'Carla +12135550103',
      'Lic. Ruiz +12135550104;ext=12',
      'Red local +12135550105',
    ]);
    // Added: a second lawyer at the end is not the first lawyer, nor among the first three.
    ok(await addContact(draft('Lic. Soto', 'lawyer', '+12135550107'), ok(await listContacts()).contacts));
    expect(await lockedView()).not.toContainEqual(expect.stringContaining('Soto'));
    // Moved: Dora up two places (past the line and the lawyer) becomes the third contact.
    for (const step of [1, 2]) {
      const now = ok(await listContacts()).contacts;
      ok(await moveContact(now, must(now.find((contact) => contact.name === 'Dora')).id, -1));
      expect(await lockedView()).toContain(step === 1 ? 'Red local +12135550105' : 'Dora +12135550106');
    }
    expect(await lockedView()).toContain('Dora +12135550106');
  });

  it('stay out of a backup file, and are not counted there as a record that could not be read', async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    const file = ok(await exportAll());
    expect(file.unreadable).toBe(0);
    expect(file.text).not.toContain(OPEN_NUMBERS_KEY);
    expect(file.summary.contacts).toBe(6);
  });

  it('leave out a contact from a backup file until the person saves it', () => {
    const contact = (name: string, order: number, fromFile?: true) => ({
      id: `c${order}`,
      name,
      phones: ['+12135550100'],
      role: 'family' as const,
      languages: '',
      notes: '',
      mayPickUpChildren: false,
      order,
      ...(fromFile && { fromFile }),
    });
    const list = openListOf([contact('From a file', 0, true), contact('Mine', 1)]);
    expect(list.map((entry) => entry.name)).toEqual(['Mine']);
  });

  it('are gone from disk once the person says no, also while locked', async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    lockNow();
    expect(await listOnDisk()).toBeDefined();
    ok(await chooseOpenNumbers(false));
    expect(await listOnDisk()).toBeUndefined();
    expect(await shownNow()).toEqual({ from: 'closed', calls: [] });
    // Saying yes again needs the key: the list is made from the sealed records.
    expect(await chooseOpenNumbers(true)).toEqual({ ok: false, problem: 'locked' });
    // A change made after "no" does not bring the list back.
    ok(await unlock(PASSPHRASE));
    ok(await addContact(draft('Eva', 'family', '+12135550108'), ok(await listContacts()).contacts));
    expect(await listOnDisk()).toBeUndefined();
  });

  it('are gone when the lock is removed, and a new lock starts with them closed', async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    expect(ok(await removeLock(PASSPHRASE))).toEqual({ outcome: 'removed' });
    expect(await listOnDisk()).toBeUndefined();
    // With no lock there is nothing to stay open beside.
    expect(await chooseOpenNumbers(true)).toEqual({ ok: false, problem: 'invalid' });
    expect((await shownNow()).from).toBe('records');

    // A list left by an older tab that removed the lock without knowing of it does not survive a new lock.
    await putOnDisk(STORES.settings, OPEN_NUMBERS_KEY, {
      rev: 1,
      shape: 1,
      body: {
        codec: 'plain-1',
        data: { numbers: [{ name: 'Old', number: '+12135550100', role: 'family' }] },
      },
    });
    ok(await setLock(PASSPHRASE));
    expect(await listOnDisk()).toBeUndefined();
    lockNow();
    expect(await shownNow()).toEqual({ from: 'closed', calls: [] });
  });

  it('are gone after "Delete all", before another tab that blocks the deletion lets it finish', async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    // Another tab of an older version that does not close its connection when asked.
    const other = await openDB(DB_NAME);
    expect(await deleteAllData()).toEqual({ ok: false, problem: 'blocked' });
    const row = await other.get(STORES.settings, OPEN_NUMBERS_KEY);
    other.close();
    expect(row).toBeUndefined();
  });

  it("in the decoy's profile, show the open list first, then the decoy's own contacts, which alone are its records", async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    ok(await setDecoy(DECOY));
    lockNow();
    expect(await shownNow()).toEqual({ from: 'open-list', calls: OPEN });
    // A watcher saw those names while locked: the decoy's unlock keeps them on screen.
    expect(ok(await unlock(DECOY))).toEqual({ outcome: 'open', profile: 'decoy' });
    expect(await shownNow()).toEqual({ from: 'records', calls: OPEN });
    expect(ok(await emergencyNumbersNow())).toMatchObject({ saved: [] });
    // A contact saved in the decoy comes after them; it alone is the decoy's record to change.
    ok(await addContact(draft('Eva', 'family', '+12135550108'), []));
    expect((await shownNow()).calls).toEqual([...OPEN, 'Eva +12135550108']);
    const now = ok(await emergencyNumbersNow());
    expect(now.from === 'records' && now.saved.map((contact) => contact.name)).toEqual(['Eva']);
    // Nothing of the open list was written to the decoy's database, and the main one's list is as it was.
    const second = must((await databasesOnDisk())[SECOND_DB_NAME]);
    expect(second.rows.some((row) => row.key === OPEN_NUMBERS_KEY)).toBe(false);
    expect(textOnDisk(second.rows, 'Ruiz')).toBe(false);
    lockNow();
    expect(await shownNow()).toEqual({ from: 'open-list', calls: OPEN });
  });

  it("in the decoy's profile with no open list, show the decoy's own contacts as before", async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await setDecoy(DECOY));
    lockNow();
    ok(await unlock(DECOY));
    expect(await shownNow()).toEqual({ from: 'records', calls: [] });
    ok(await addContact(draft('Eva', 'family', '+12135550108'), []));
    expect(await shownNow()).toEqual({ from: 'records', calls: ['Eva +12135550108'] });
    expect(ok(await numbersOpenWhileLocked())).toBe(false);
  });

  it("in the decoy's profile, the choice reads as the main one's, and a change is refused with nothing deleted", async () => {
    await seedContacts();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    ok(await setDecoy(DECOY));
    lockNow();
    ok(await unlock(DECOY));
    expect(ok(await numbersOpenWhileLocked())).toBe(true);
    const before = await listOnDisk();
    // "No" from the decoy deletes nothing of the owner's (the decoy destroys nothing), nor does "yes" rewrite it.
    expect(await chooseOpenNumbers(false)).toEqual({ ok: false, problem: 'locked' });
    expect(await chooseOpenNumbers(true)).toEqual({ ok: false, problem: 'locked' });
    expect(await listOnDisk()).toEqual(before);
    expect(ok(await numbersOpenWhileLocked())).toBe(true);
    // No miss was counted: the main passphrase opens at once, and its list is there.
    lockNow();
    expect(ok(await unlock(PASSPHRASE))).toEqual({ outcome: 'open', profile: 'main' });
    expect(ok(await numbersOpenWhileLocked())).toBe(true);
    lockNow();
    expect(await shownNow()).toEqual({ from: 'open-list', calls: OPEN });
  });
});
