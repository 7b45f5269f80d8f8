import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { listContacts } from '../../src/storage/contacts-store';
import { closeDB, getDB } from '../../src/storage/db';
import { loadPlan } from '../../src/storage/plan-store';
import { loadPractice, recordTry } from '../../src/storage/practice-store';
import { DB_NAME, RECORD_SHAPES, STORES } from '../../src/storage/schema';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { useFreshDatabase } from './support/fresh-db';

/*
 * A newer version of the app (open in another tab, or before the person went back to an older one)
 * wrote records in a shape this version does not know. This version must neither show them shortened
 * nor save over them: it says "reload" (the 'newer' problem), and the newer records stay as they were.
 */
const ana = {
  id: 'ana',
  name: 'Ana',
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 0,
};

/** Puts a row as a newer app would write it: the next shape number, with a field this version lacks. */
async function writtenByNewerApp(store: string, key: string, data: unknown): Promise<unknown> {
  await getDB(); // the database as this version made it (same DB version: only the record shape is new)
  await closeDB();
  const db = await openDB(DB_NAME);
  const row = { rev: 7, shape: RECORD_SHAPES.contacts + 1, body: { codec: 'plain-1', data } };
  await db.put(store, row, key);
  db.close();
  return row;
}

async function rowOnDisk(store: string, key: string): Promise<unknown> {
  return (await getDB()).get(store as typeof STORES.practice, key);
}

describe('records written by a newer version of the app', () => {
  useFreshDatabase();

  it('a practice count with a newer field is neither overwritten nor read as "never tried"', async () => {
    const row = await writtenByNewerApp(STORES.practice, 'ana', {
      right: 4,
      tries: 5,
      lastTried: '2026-03-10',
      streak: 3,
    });
    expect(await loadPractice()).toEqual({ ok: false, problem: 'newer' });
    expect(await recordTry('ana', true, '2026-03-11')).toEqual({ ok: false, problem: 'newer' });
    expect(await rowOnDisk(STORES.practice, 'ana')).toEqual(row);
  });

  it('a setting in a newer shape is not replaced by an older tab', async () => {
    const row = await writtenByNewerApp(STORES.settings, 'language', { tag: 'es', region: 'MX' });
    expect(await loadSetting('language')).toEqual({ ok: false, problem: 'newer' });
    expect(await saveSetting('language', 'en')).toEqual({ ok: false, problem: 'newer' });
    expect(await rowOnDisk(STORES.settings, 'language')).toEqual(row);
  });

  it('contacts and the plan are refused whole with "newer", never shown short or as damaged', async () => {
    await writtenByNewerApp(STORES.contacts, 'ana', { ...ana, photo: 'x' });
    expect(await listContacts()).toEqual({ ok: false, problem: 'newer' });
    await writtenByNewerApp(STORES.plan, 'review', { skipped: false, data: { lastReviewed: '' }, by: 'x' });
    expect(await loadPlan()).toEqual({ ok: false, problem: 'newer' });
  });

  it('records this version writes carry its shape number', async () => {
    await saveSetting('language', 'es');
    expect(await rowOnDisk(STORES.settings, 'language')).toMatchObject({
      rev: 1,
      shape: RECORD_SHAPES.settings,
    });
  });
});
