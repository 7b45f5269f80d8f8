import { isPhoneWide, seal, type Sealed } from '../codec';
import { getDB, profileNow } from '../db';
import { refreshOpenNumbers } from '../open-numbers';
import { renewEpoch } from '../epoch';
import { inOneTransaction, putRow } from '../records';
import { attempt, StorageError, type StorageResult } from '../result';
import { STORES } from '../schema';
import { settingFromFile } from '../settings-store';
import type { Backup } from './format';
import { checkBackup } from './read-file';

/**
 * - merge: the file's records are added; a record with the same id (a contact, its practice, a
 *   setting, a plan section) is replaced by the file's copy; everything else on the device stays.
 * - replace: everything stored is deleted first, then the file's records are written.
 */
export type ImportMode = 'merge' | 'replace';

/**
 * The settings in a file (the language) are used only when the person says so ('take'); with 'keep',
 * this phone's settings stay as they are, in either mode. The local line of an older file is a contact
 * by now (read-file.ts), shown in the preview with the other calling contacts.
 */
export type SettingsChoice = 'keep' | 'take';

/** How many records were written. */
export interface ImportCount {
  contacts: number;
  practice: number;
  settings: number;
  /** Sections of the family plan. */
  plan: number;
  records: number;
}

const ALL_STORES = [STORES.settings, STORES.contacts, STORES.practice, STORES.plan, STORES.alerts] as const;
/*
 * Incident records a file brings are added (or, with the same id, take the place of the phone's copy); a
 * "replace" leaves the phone's other records: their photos are not in the file, and would be lost with them.
 */
const WRITTEN = [...ALL_STORES, STORES.incidents] as const;
type BackupStore = (typeof WRITTEN)[number];

interface Row {
  store: BackupStore;
  key: string;
  body: Sealed;
}

/**
 * Writes a checked backup in one transaction over every store: all of it, or (on any failure,
 * such as a full device) nothing, with what was stored before left as it was. Contacts, plan sections
 * and settings are stored marked as from a file (from-file.ts) until the person edits them.
 */
export function importBackup(
  backup: Backup,
  mode: ImportMode,
  settingsChoice: SettingsChoice,
): Promise<StorageResult<ImportCount>> {
  return attempt(async () => {
    // Checked again: a Backup should only come from readBackupFile, but this is the last gate to disk.
    const checked = checkBackup(backup);
    if (!checked.ok || (mode !== 'merge' && mode !== 'replace')) throw new StorageError('invalid');
    if (settingsChoice !== 'keep' && settingsChoice !== 'take') throw new StorageError('invalid');
    const takeSettings = settingsChoice === 'take';
    const sealed = await sealAll(checked.backup, takeSettings);
    const cleared = ALL_STORES.filter((store) => takeSettings || store !== STORES.settings);
    // The phone's own settings (the language) live in the main database whichever passphrase opened the
    // app (README, "The decoy's profile"): the decoy's profile takes them there, where they are read.
    const profile = profileNow();
    const apart = profile === 'decoy' && takeSettings;
    const rows = apart ? sealed.filter((row) => !isPhoneWide(row)) : sealed;

    await inOneTransaction(
      WRITTEN,
      'all',
      async (tx) => {
        // Revisions keep counting up (also after "replace"), so a tab holding an older copy of a
        // record can never save over the imported one.
        const revisions: number[] = [];
        for (const { store, key } of rows)
          revisions.push((await tx.objectStore(store).get(key as never))?.rev ?? 0);
        if (mode === 'replace') for (const store of cleared) await tx.objectStore(store).clear();
        if (mode === 'replace') await renewEpoch(tx); // tabs holding the old data must not write into this
        for (const [index, { store, key, body }] of rows.entries()) {
          await putRow(tx, { store, key }, (revisions[index] ?? 0) + 1, body);
        }
      },
      profile,
    );
    if (apart)
      await takePhoneWide(
        sealed.filter((row) => isPhoneWide(row)),
        mode,
      );
    // The file's contacts join the open list only once saved (from a file), but "replace" removed the phone's.
    await refreshOpenNumbers();
    const { contacts, practice, settings } = checked.backup;
    return {
      contacts: contacts.length,
      practice: practice.length,
      settings: takeSettings ? Object.keys(settings).length : 0,
      plan: checked.summary.plan,
      records: checked.summary.records,
    };
  });
}

/**
 * The decoy's import, second step: the file's phone-wide settings written in the main database, as a
 * "replace" in the main profile leaves them (every other phone-wide setting gone back to its default).
 * Its own transaction, after the records': two databases share none. Should it fail (a full phone), the
 * records stay imported and the import says it failed; bringing the file in again makes the same records.
 */
async function takePhoneWide(rows: Row[], mode: ImportMode): Promise<void> {
  await inOneTransaction(
    [STORES.settings],
    STORES.settings,
    async (tx) => {
      const settings = tx.objectStore(STORES.settings);
      const revisions: number[] = [];
      for (const { key } of rows) revisions.push((await settings.get(key as never))?.rev ?? 0);
      if (mode === 'replace') {
        for (const key of await settings.getAllKeys()) {
          if (isPhoneWide({ store: STORES.settings, key: String(key) })) await settings.delete(key);
        }
      }
      for (const [index, { store, key, body }] of rows.entries()) {
        await putRow(tx, { store, key }, (revisions[index] ?? 0) + 1, body);
      }
    },
    'main',
  );
}

/** What a merge would replace on this phone: records with the same id in the file and on the device. */
export interface MergeOverlap {
  contacts: number;
  /** Sections of the family plan. */
  plan: number;
}

/**
 * Counts what "merge" would replace, so the person is told before choosing: a caregiver who brings in
 * a family's caregiver packet would otherwise lose the sections of their own plan that it also holds.
 */
export function mergeOverlap(backup: Backup): Promise<StorageResult<MergeOverlap>> {
  return attempt(async () => {
    const db = await getDB();
    const tx = db.transaction([STORES.contacts, STORES.plan]);
    const [contactIds, sections] = await Promise.all([
      tx.objectStore(STORES.contacts).getAllKeys(),
      tx.objectStore(STORES.plan).getAllKeys(),
    ]);
    const onPhone = (keys: IDBValidKey[]) => new Set(keys.map(String));
    const contacts = onPhone(contactIds);
    const plan = onPhone(sections);
    return {
      contacts: backup.contacts.filter((contact) => contacts.has(contact.id)).length,
      plan: Object.entries(backup.plan).filter(([section, record]) => record && plan.has(section)).length,
    };
  });
}

/** Seals every record before the transaction opens: the codec may be asynchronous. */
async function sealAll(backup: Backup, takeSettings: boolean): Promise<Row[]> {
  const settings = Object.entries(backup.settings).filter(
    (entry): entry is [string, string] => takeSettings && entry[1] !== undefined,
  );
  return Promise.all([
    ...settings.map(async ([key, value]) => ({
      store: STORES.settings,
      key,
      body: await seal(settingFromFile(value), { store: STORES.settings, key }),
    })),
    ...backup.contacts.map(async (contact) => ({
      store: STORES.contacts,
      key: contact.id,
      body: await seal({ ...contact, fromFile: true }, { store: STORES.contacts, key: contact.id }),
    })),
    ...backup.practice.map(async ({ contactId, ...practice }) => ({
      store: STORES.practice,
      key: contactId,
      body: await seal(practice, { store: STORES.practice, key: contactId }),
    })),
    ...Object.entries(backup.plan)
      .filter(([, record]) => record !== undefined)
      .map(async ([section, record]) => ({
        store: STORES.plan,
        key: section,
        body: await seal({ ...record, fromFile: true }, { store: STORES.plan, key: section }),
      })),
    ...(backup.records ?? []).map(async (record) => ({
      store: STORES.incidents,
      key: record.id,
      body: await seal(record, { store: STORES.incidents, key: record.id }),
    })),
    // The alert set-up (version 5): a situation in the file replaces the phone's, marked as from it.
    ...Object.entries(backup.alerts ?? {})
      .filter(([, alert]) => alert !== undefined)
      .map(async ([situation, alert]) => ({
        store: STORES.alerts,
        key: situation,
        body: await seal({ ...alert, fromFile: true }, { store: STORES.alerts, key: situation }),
      })),
  ]);
}
