import { openDB } from 'idb';
import { beforeEach, vi } from 'vitest';
import { addContact, listContacts, type ContactDraft } from '../../../src/storage/contacts-store';
import { isPersonal } from '../../../src/storage/codec';
import { heldKey } from '../../../src/storage/lock/held-key';
import { must } from './must';
import { isEncrypted } from '../../../src/storage/lock/record-cipher';
import { EMPTY_PLAN } from '../../../src/storage/plan-record';
import { loadPlan, saveSection } from '../../../src/storage/plan-store';
import { loadPractice, recordTry } from '../../../src/storage/practice-store';
import { DB_NAME, KEY_SLOTS_KEY, META, STORES, type StoreName } from '../../../src/storage/schema';
import { loadSetting, saveSetting } from '../../../src/storage/settings-store';

/*
 * What the lock tests store and look for. Each test file mocks the derivation's cost down to its
 * floor (8 MiB, 1 pass: a few ms in Node) so fault injection can set a lock dozens of times; the
 * app's own setting is derived in lock-kdf.test.ts.
 */
export const MARK = 'Zq7marker';
export const PASSPHRASE = 'river lantern copper meadow';

const contact = (name: string): ContactDraft => ({
  name,
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: `notes ${MARK}`,
  mayPickUpChildren: false,
});

/** A contact with its practice count, a plan section, the family's state and the language. */
export async function seedPersonal(): Promise<void> {
  const saved = await addContact(contact(`Ana ${MARK}`), []);
  if (!saved.ok) throw new Error(saved.problem);
  await addContact(contact(`Luis ${MARK}`), [saved.value]);
  await recordTry(saved.value.id, true, '2026-01-01');
  const money = { ...EMPTY_PLAN.money, data: { ...EMPTY_PLAN.money.data, savings: `jar ${MARK}` } };
  await saveSection('money', money, undefined);
  await saveSetting('usState', 'state-seeded-4417');
  await saveSetting('language', 'es');
}

/** Everything `seedPersonal` stored, as the app reads it (names sorted, so two reads compare equal). */
export async function readPersonal(): Promise<unknown> {
  const [contacts, practice, plan, line, language] = await Promise.all([
    listContacts(),
    loadPractice(),
    loadPlan(),
    loadSetting('usState'),
    loadSetting('language'),
  ]);
  return {
    contacts: contacts.ok ? contacts.value.contacts.map((saved) => saved.name).sort() : contacts.problem,
    unreadable: contacts.ok ? contacts.value.unreadable : undefined,
    practice: practice.ok ? [...practice.value.values()] : practice.problem,
    savings: plan.ok ? plan.value.plan.money.data.savings : plan.problem,
    line: line.ok ? line.value : line.problem,
    language: language.ok ? language.value : language.problem,
  };
}

export const SEEDED = {
  contacts: [`Ana ${MARK}`, `Luis ${MARK}`],
  unreadable: 0,
  practice: [{ right: 1, tries: 1, lastTried: '2026-01-01' }],
  savings: `jar ${MARK}`,
  line: 'state-seeded-4417',
  language: 'es',
};

const ALL: StoreName[] = Object.values(STORES);

export interface RawRow {
  store: StoreName;
  key: string;
  row: { rev: number; shape?: number; body: unknown };
}

/** Every row as it sits on disk, read past the app's code, and the key slots. */
export async function onDisk(): Promise<{ rows: RawRow[]; keySlots: unknown }> {
  const db = await openDB(DB_NAME);
  try {
    const rows: RawRow[] = [];
    for (const store of ALL) {
      const keys = await db.getAllKeys(store);
      for (const key of keys) rows.push({ store, key: String(key), row: await db.get(store, key) });
    }
    return { rows, keySlots: await db.get(META, KEY_SLOTS_KEY) };
  } finally {
    db.close();
  }
}

/** One database as it sits on disk: every row of every store, and `meta` by key. */
export interface RawDatabase {
  rows: RawRow[];
  meta: Record<string, unknown>;
}

/** Every database of the app's origin, by name, read past the app's code (none is made by reading). */
export async function databasesOnDisk(): Promise<Record<string, RawDatabase>> {
  const found: Record<string, RawDatabase> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await openDB(name);
    try {
      const rows: RawRow[] = [];
      const stores = [...db.objectStoreNames].filter((store) => store !== META) as StoreName[];
      for (const store of stores) {
        const keys = await db.getAllKeys(store);
        for (const key of keys) rows.push({ store, key: String(key), row: await db.get(store, key) });
      }
      const metaKeys = await db.getAllKeys(META);
      const meta = Object.fromEntries(
        await Promise.all(metaKeys.map(async (key) => [String(key), await db.get(META, key as never)])),
      );
      found[name] = { rows, meta };
    } finally {
      db.close();
    }
  }
  return found;
}

/** Writes one raw row past the app's code (a copy moved, a byte flipped, an old tab's plain write). */
export async function putOnDisk(store: StoreName, key: string, row: unknown): Promise<void> {
  const db = await openDB(DB_NAME);
  await db.put(store, row, key);
  db.close();
}

/** Whether the text appears anywhere on disk, bytes read as Latin-1 and UTF-8 (a raw search's view). */
export function textOnDisk(rows: RawRow[], text: string): boolean {
  const asText = (value: unknown): string =>
    value instanceof Uint8Array
      ? new TextDecoder('latin1').decode(value) + new TextDecoder().decode(value)
      : typeof value === 'object' && value !== null
        ? Object.values(value).map(asText).join('|')
        : String(value);
  return rows.some((row) => asText(row.row).includes(text));
}

/** Whether every personal row is sealed with the data key (and the language alone is plain). */
export function allSealed(rows: RawRow[]): boolean {
  return rows.every(({ store, key, row }) => isPersonal({ store, key }) === isEncrypted(row.body));
}

/** The key slot this page's passphrase opened. */
export function heldSlot(): number {
  return must(heldKey()).slot;
}

/**
 * The courtesy wait after a wrong passphrase runs on the clock: each test of the calling file starts an
 * hour after the last, past any wait.
 */
export function useClockPastWaits(): void {
  let hour = 0;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 1) + (hour += 1) * 3_600_000);
    return () => vi.useRealTimers();
  });
}
