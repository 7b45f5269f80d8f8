import { describe, expect, it, vi } from 'vitest';
import { listContacts } from '../../src/storage/contacts-store';
import { closeDB } from '../../src/storage/db';
import type * as Kdf from '../../src/storage/lock/kdf';
import type { EncryptedBody } from '../../src/storage/lock/record-cipher';
import { lockNow, lockStatus, setLock, unlock } from '../../src/storage/lock-store';
import { loadPlan } from '../../src/storage/plan-store';
import { loadPractice } from '../../src/storage/practice-store';
import { forgetEpoch } from '../../src/storage/epoch';
import { STORES } from '../../src/storage/schema';
import { loadSetting } from '../../src/storage/settings-store';
import { IDBFactory } from 'fake-indexeddb';
import { must } from './support/must';
import { useFreshDatabase } from './support/fresh-db';
import {
  heldSlot,
  onDisk,
  PASSPHRASE,
  putOnDisk,
  seedPersonal,
  type RawRow,
  useClockPastWaits,
} from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

useClockPastWaits();

async function lockedAndOpen(): Promise<RawRow[]> {
  await seedPersonal();
  await setLock(PASSPHRASE);
  return (await onDisk()).rows;
}

const find = (rows: RawRow[], store: string, key?: string) =>
  must(rows.find((row) => row.store === store && (key === undefined || row.key === key)));

/** The same row with one bit of its body's `part` flipped at `index`. */
function flipped(row: RawRow, part: 'iv' | 'data', index: number): RawRow['row'] {
  const body = row.row.body as EncryptedBody;
  const bytes = new Uint8Array(body[part]);
  bytes[index] = must(bytes[index]) ^ 0x01;
  return { ...row.row, body: { ...body, [part]: bytes } };
}

describe('an encrypted record', () => {
  useFreshDatabase();

  it('with one byte changed anywhere is refused as damaged, never opened, nothing thrown', async () => {
    const rows = await lockedAndOpen();
    const line = find(rows, STORES.settings, 'usState');
    const body = line.row.body as EncryptedBody;
    for (const part of ['iv', 'data'] as const) {
      for (let index = 0; index < body[part].length; index += 1) {
        await putOnDisk(STORES.settings, line.key, flipped(line, part, index));
        expect(await loadSetting('usState')).toEqual({ ok: false, problem: 'invalid' });
      }
    }
    await putOnDisk(STORES.settings, line.key, { ...line.row, body: { ...body, lock: `${body.lock}x` } });
    expect(await loadSetting('usState')).toEqual({ ok: false, problem: 'invalid' });

    // In a list, the damaged one is counted; the others still show.
    const ana = find(rows, STORES.contacts);
    const size = (ana.row.body as EncryptedBody).data.length;
    for (let index = 0; index < size; index += 7) {
      await putOnDisk(STORES.contacts, ana.key, flipped(ana, 'data', index));
      const listed = await listContacts();
      expect(listed).toMatchObject({ ok: true, value: { unreadable: 1 } });
      expect(listed.ok && listed.value.contacts).toHaveLength(1);
    }
  });

  it('copied to another key or another store does not open there', async () => {
    const rows = await lockedAndOpen();
    const [ana, luis] = rows.filter((row) => row.store === STORES.contacts).map(must);
    if (!ana || !luis) throw new Error('two contacts seeded');
    await putOnDisk(STORES.contacts, luis.key, ana.row);
    expect(await listContacts()).toMatchObject({ ok: true, value: { unreadable: 1 } });

    await putOnDisk(STORES.plan, 'legal', find(rows, STORES.plan, 'money').row);
    expect(await loadPlan()).toMatchObject({ ok: true, value: { unreadable: 1, damaged: { legal: 1 } } });

    await putOnDisk(STORES.settings, 'language', find(rows, STORES.settings, 'usState').row);
    expect(await loadSetting('language')).toEqual({ ok: false, problem: 'invalid' });

    // A contact's row put in the practice store under its own id: another store, refused.
    await putOnDisk(STORES.practice, ana.key, ana.row);
    const practice = await loadPractice();
    expect(practice.ok && practice.value.has(ana.key)).toBe(false);
  });

  it("from another lock's database does not open, even relabelled as this lock's", async () => {
    const theirs = find(await lockedAndOpen(), STORES.settings, 'usState');
    await closeDB();
    forgetEpoch();
    lockNow();
    globalThis.indexedDB = new IDBFactory(); // another phone, the same passphrase
    const mine = find(await lockedAndOpen(), STORES.settings, 'usState');
    await putOnDisk(STORES.settings, 'usState', theirs.row);
    expect(await loadSetting('usState')).toEqual({ ok: false, problem: 'invalid' });
    const relabelled = { ...(theirs.row.body as EncryptedBody), lock: (mine.row.body as EncryptedBody).lock };
    await putOnDisk(STORES.settings, 'usState', { ...theirs.row, body: relabelled });
    expect(await loadSetting('usState')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('the key slots', () => {
  useFreshDatabase();

  it("with one byte changed anywhere in the salt or the passphrase's slot open nothing: a typed refusal", async () => {
    await lockedAndOpen();
    const main = heldSlot();
    lockNow();
    const { keySlots } = await onDisk();
    const original = structuredClone(keySlots) as {
      kdf: { salt: Uint8Array };
      slots: { iv: Uint8Array; wrapped: Uint8Array }[];
    };
    const places = [
      (copy: typeof original) => copy.kdf.salt,
      (copy: typeof original) => must(copy.slots[main]).iv,
      (copy: typeof original) => must(copy.slots[main]).wrapped,
    ];
    let tries = 0;
    for (const bytesOf of places) {
      for (let index = 0; index < bytesOf(original).length; index += 1) {
        const copy = structuredClone(original);
        bytesOf(copy)[index] = must(bytesOf(copy)[index]) ^ 0x80;
        await putMeta(copy);
        vi.setSystemTime(Date.now() + 3_600_000);
        const tried = await unlock(PASSPHRASE);
        expect(tried.ok && tried.value.outcome).toBe('wrong');
        tries += 1;
      }
    }
    expect(tries).toBe(16 + 12 + 48);
    // Settings out of bounds (a hostile copy asking for 4 GiB): refused unread, as damaged.
    await putMeta({ ...original, kdf: { ...original.kdf, memoryKiB: 4 * 1024 * 1024 } });
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await unlock(PASSPHRASE)).toEqual({ ok: false, problem: 'invalid' });
    await putMeta(original);
    vi.setSystemTime(Date.now() + 3_600_000);
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { outcome: 'open' } });
    expect(await lockStatus()).toEqual({ ok: true, value: 'open' });
  }, 120_000); // 77 derivations at 8 MiB, some seconds
});

async function putMeta(keySlots: unknown): Promise<void> {
  const { openDB } = await import('idb');
  const { DB_NAME, META, KEY_SLOTS_KEY } = await import('../../src/storage/schema');
  const db = await openDB(DB_NAME);
  await db.put(META, keySlots, KEY_SLOTS_KEY);
  db.close();
}
