import { describe, expect, it, vi } from 'vitest';
import { addContact, type ContactDraft, type SavedContact } from '../../src/storage/contacts-store';
import { recipientsOpenWhileLocked } from '../../src/storage/alert-store';
import type * as Kdf from '../../src/storage/lock/kdf';
import { lockNow, setLock, unlock } from '../../src/storage/lock-store';
import { chooseOpenNumbers } from '../../src/storage/open-numbers';
import { OPEN_NUMBERS_KEY, STORES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';
import { onDisk, PASSPHRASE, putOnDisk, useClockPastWaits } from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

useClockPastWaits();

// Issue 13: the locked alert calls a landline instead of texting it, so the open list keeps that one
// boolean beside name, number and role (src/storage/open-numbers.ts), and nothing else more.

function ok<T>(result: { ok: true; value: T } | { ok: false; problem: string }): T {
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

async function seed(): Promise<void> {
  const people: ContactDraft[] = [
    {
      name: 'Ana',
      phones: ['+12135550101'],
      role: 'family',
      languages: '',
      notes: '',
      mayPickUpChildren: false,
    },
    {
      name: 'Tío Beto',
      phones: ['+12135550122'],
      role: 'family',
      languages: '',
      notes: '',
      mayPickUpChildren: false,
      landline: true,
    },
  ];
  const saved: SavedContact[] = [];
  for (const draft of people) saved.push(ok(await addContact(draft, saved)));
}

/** The open list as it sits on disk, read past the app's code. */
async function listOnDisk(): Promise<unknown> {
  const row = (await onDisk()).rows.find((found) => found.key === OPEN_NUMBERS_KEY);
  return row && (row.row.body as { data: unknown }).data;
}

describe('the open list and landlines', () => {
  useFreshDatabase();

  it('marks a landline, and only a landline, with landline: true', async () => {
    await seed();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    expect(await listOnDisk()).toEqual({
      numbers: [
        { name: 'Ana', number: '+12135550101', role: 'family' },
        { name: 'Tío Beto', number: '+12135550122', role: 'family', landline: true },
      ],
    });
    lockNow();
    const open = ok(await recipientsOpenWhileLocked());
    expect(open.map(({ name, landline }) => [name, landline === true])).toEqual([
      ['Ana', false],
      ['Tío Beto', true],
    ]);
  });

  it('reads a list written before the flag (no landline) as it was, and writes the flag at the next unlock', async () => {
    await seed();
    ok(await setLock(PASSPHRASE));
    ok(await chooseOpenNumbers(true));
    // The old shape: what an app before this change wrote.
    const old = {
      numbers: [
        { name: 'Ana', number: '+12135550101', role: 'family' },
        { name: 'Tío Beto', number: '+12135550122', role: 'family' },
      ],
    };
    await putOnDisk(STORES.settings, OPEN_NUMBERS_KEY, {
      rev: 5,
      shape: 1,
      body: { codec: 'plain-1', data: old },
    });
    lockNow();
    const open = ok(await recipientsOpenWhileLocked());
    expect(open.map(({ name, phones }) => `${name} ${phones[0]}`)).toEqual([
      'Ana +12135550101',
      'Tío Beto +12135550122',
    ]);
    expect(open.some((contact) => contact.landline)).toBe(false);
    ok(await unlock(PASSPHRASE));
    expect(await listOnDisk()).toEqual({
      numbers: [old.numbers[0], { ...old.numbers[1], landline: true }],
    });
  });
});
