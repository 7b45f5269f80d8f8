import { CALLING_ROLES, isStoredContact, type Contact } from '../contact-record';

type CallingRole = (typeof CALLING_ROLES)[number];
const isCalling = (contact: Contact): contact is Contact & { role: CallingRole } =>
  (CALLING_ROLES as readonly string[]).includes(contact.role);
import { readAll } from '../read-records';
import { attempt, type StorageResult } from '../result';
import { STORES, type BackupSettingKey } from '../schema';
import { readStoredSetting } from '../settings-store';
import { SETTING_KEYS, type Backup } from './format';
import { mergeOverlap, type ImportMode, type MergeOverlap } from './import';

/** One setting the file would change: what this phone has now (if anything), and what the file has. */
export interface SettingChange {
  key: BackupSettingKey;
  now: string | undefined;
  /** `undefined`: "replace" would delete the phone's setting, as the file has none. */
  file: string | undefined;
}

/** A contact the app offers to call with one tap (a lawyer, a rapid-response line) that the file brings. */
export interface CallingContact {
  name: string;
  role: CallingRole;
  phones: string[];
  /** It replaces a contact with the same id on this phone (which may have other numbers). */
  replaces: boolean;
}

/** What the person must see before choosing: what a file would change that they rely on in a crisis. */
export interface ImportPreview {
  overlap: MergeOverlap;
  /** The settings the file would change, if the person chooses to take them, for each mode. */
  settings: Record<ImportMode, SettingChange[]>;
  /** Every lawyer and rapid-response contact the file would add, or change on this phone. */
  callingContacts: CallingContact[];
}

/**
 * Compares a checked file with this phone, changing nothing: a file from someone else could otherwise
 * add a rapid-response line (an older file's local line among them, read-file.ts) or a "lawyer" with
 * any number, or change the language, without a word.
 */
export function previewImport(backup: Backup): Promise<StorageResult<ImportPreview>> {
  return attempt(async () => {
    const [overlap, settings, contacts] = await Promise.all([
      mergeOverlap(backup),
      readAll(STORES.settings, (value): value is unknown => value !== undefined),
      readAll(STORES.contacts, isStoredContact),
    ]);
    if (!overlap.ok) throw new Error(overlap.problem);
    const now = new Map(settings.records.map(({ key, value }) => [key, readStoredSetting(value)?.value]));
    const changes = (mode: ImportMode): SettingChange[] =>
      SETTING_KEYS.map((key) => ({
        key,
        now: now.get(key),
        file: mode === 'merge' ? (backup.settings[key] ?? now.get(key)) : backup.settings[key],
      })).filter((change) => change.now !== change.file);
    const onPhone = new Map(contacts.records.map(({ value }) => [value.id, value]));
    const callingContacts = backup.contacts
      .filter(isCalling)
      .filter((contact) => {
        const same = onPhone.get(contact.id);
        return (
          !same ||
          same.name !== contact.name ||
          same.role !== contact.role ||
          `${same.phones}` !== `${contact.phones}`
        );
      })
      .map(({ id, name, role, phones }) => ({ name, role, phones, replaces: onPhone.has(id) }));
    return {
      overlap: overlap.value,
      settings: { merge: changes('merge'), replace: changes('replace') },
      callingContacts,
    };
  });
}
