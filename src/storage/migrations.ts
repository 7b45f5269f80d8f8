import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import { sealPlain } from './codec';
import { ContactSchema, isStoredContact, type StoredContact } from './contact-record';
import { moveLocalLine } from './local-line';
import { PLAN_SECTIONS, planRecordSchema } from './plan-record';
import { cleanTexts } from './safe-text';
import {
  EPOCH_KEY,
  META,
  OLD_LOCAL_LINE_KEY,
  RECORD_SHAPES,
  STORES,
  type AppDB,
  type Stored,
} from './schema';

type UpgradeTransaction = IDBPTransaction<AppDB, StoreNames<AppDB>[], 'versionchange'>;

/**
 * Brings a database from `oldVersion` up to the current version, one step per version,
 * so a phone that skipped several releases still passes through every step.
 * Only IndexedDB requests may be awaited here: anything else would end the upgrade transaction.
 */
export async function migrate(
  db: IDBPDatabase<AppDB>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore(STORES.settings);
  }
  if (oldVersion < 2) {
    db.createObjectStore(STORES.contacts);
    db.createObjectStore(STORES.practice);
    // Version 1 kept each setting as a bare value; from version 2 every value is sealed by the codec.
    let cursor = await transaction.objectStore(STORES.settings).openCursor();
    while (cursor) {
      await cursor.update({ rev: 1, body: sealPlain(cursor.value) });
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    db.createObjectStore(STORES.plan);
  }
  if (oldVersion < 4) {
    // Texts saved before safe-text.ts lose their direction controls and control characters (settings and
    // practice hold no free text). A record that is not plain-1 or not readable is left as it was.
    let cursor = await transaction.objectStore(STORES.contacts).openCursor();
    while (cursor) {
      const cleaned = cleaned4(ContactSchema, cursor.value);
      if (cleaned) await cursor.update(cleaned);
      cursor = await cursor.continue();
    }
    let section = await transaction.objectStore(STORES.plan).openCursor();
    while (section) {
      const id = PLAN_SECTIONS.find((known) => known === section?.key);
      const cleaned = id && cleaned4(planRecordSchema(id), section.value);
      if (cleaned) await section.update(cleaned);
      section = await section.continue();
    }
  }
  if (oldVersion < 5) {
    // The epoch: revisions restart at 1 in a database made after "Delete all", so a tab still holding
    // the old data checks this too before it writes (epoch.ts).
    db.createObjectStore(META);
    await transaction.objectStore(META).put(newEpoch(), EPOCH_KEY);
    // Practice counts of contacts deleted before version 5 stayed behind: keys only, nothing unsealed.
    const contacts = new Set(await transaction.objectStore(STORES.contacts).getAllKeys());
    let cursor = await transaction.objectStore(STORES.practice).openCursor();
    while (cursor) {
      if (!contacts.has(cursor.key)) await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 6) {
    await moveLocalLineSetting(transaction);
  }
  if (oldVersion < 7) {
    // The alert set-up (./alert-record.ts). Nothing to copy: the raid plan's family message stays in the
    // plan, and the alert reads it there (src/features/alert/README.md, "One message, one place").
    db.createObjectStore(STORES.alerts);
  }
  if (oldVersion < 8) {
    // Incident records and their photos and videos (./incident-record.ts): new stores, nothing rewritten.
    db.createObjectStore(STORES.incidents);
    db.createObjectStore(STORES.media);
  }
}

/**
 * Version 6: the local rapid-response line was kept twice, as a setting (the help screen) and often as a
 * contact too. The setting becomes a rapid-response contact (./local-line.ts), with its from-file mark,
 * unless one already has the number; then it is deleted. A setting that cannot be read (damaged, another
 * codec) or whose digits do not say which number it is stays as it was: nothing reads it any more, and
 * nothing is guessed or lost. Contacts are read as plain-1 rows, like version 4 does; others are skipped.
 */
async function moveLocalLineSetting(transaction: UpgradeTransaction): Promise<void> {
  const settings = transaction.objectStore(STORES.settings);
  const key = OLD_LOCAL_LINE_KEY as never;
  const saved = plainData(await settings.get(key));
  const line =
    typeof saved === 'string'
      ? { value: saved, fromFile: false }
      : v.is(FromFileLine, saved)
        ? { value: saved.value, fromFile: true }
        : undefined;
  if (!line) return;
  const contacts = transaction.objectStore(STORES.contacts);
  const keys = new Set((await contacts.getAllKeys()).map(String));
  const readable = (await contacts.getAll())
    .map((row) => plainData(row))
    .filter((data): data is StoredContact => isStoredContact(data));
  const move = moveLocalLine(line.value, readable, keys);
  if (move.to === 'nowhere') return;
  if (move.to === 'contact') {
    const contact = line.fromFile ? { ...move.contact, fromFile: true as const } : move.contact;
    if (!isStoredContact(contact)) return;
    const row: Stored = { rev: 1, shape: RECORD_SHAPES.contacts, body: sealPlain(contact) };
    await contacts.add(row, contact.id);
  }
  await settings.delete(key);
}

/** A setting a backup file brought in (settings-store.ts). */
const FromFileLine = v.strictObject({ value: v.string(), fromFile: v.literal(true) });

/** The data of a well-formed plain-1 row, or `undefined`: anything on disk may be damaged. */
function plainData(row: Partial<Stored> | undefined): unknown {
  return typeof row?.rev === 'number' && row.body?.codec === 'plain-1' ? row.body.data : undefined;
}

/** A version-3 record with its texts cleaned and its revision counted up, or `undefined` to leave it. */
function cleaned4(schema: v.GenericSchema, row: Partial<Stored> | undefined): Stored | undefined {
  // Anything on disk may be damaged: only a well-formed plain-1 record is read.
  if (typeof row?.rev !== 'number' || row.body?.codec !== 'plain-1') return undefined;
  const data = cleanTexts(schema, row.body.data);
  if (data === row.body.data || !v.is(schema, data)) return undefined;
  return { rev: row.rev + 1, body: sealPlain(data) };
}

/** A new random epoch: not personal, only different from every earlier one. */
export function newEpoch(): string {
  return crypto.randomUUID();
}
