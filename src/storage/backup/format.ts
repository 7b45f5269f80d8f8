import * as v from 'valibot';
import { ContactSchema, PracticeSchema } from '../contact-record';
import type { SettingKey } from '../schema';

/**
 * The backup file, version 1 (documented in README.md, "Backup file"). Every section and every
 * record is a strict object: a key this version does not know is refused, never dropped, so a file
 * is either read completely or not at all. Anything an older app could not keep (the family plan,
 * a new contact field) therefore needs version 2, which older apps refuse as "made by a newer version".
 */
export const BACKUP_FORMAT = 'defend-your-rights-backup';
export const BACKUP_VERSION = 1;

/** Refused before reading. 1,000 contacts with every field full (plain text) make about 2 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const BACKUP_LIMITS = { contacts: 1000, practice: 1000 } as const;

export const SECTIONS = ['format', 'version', 'exportedAt', 'settings', 'contacts', 'practice'] as const;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const SettingsSection = v.strictObject({
  /** A language tag such as "es"; a language this app does not have falls back at start. */
  language: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/))),
  /** The local rapid-response line as dialable digits, as the help screen saves it. */
  rapidResponseNumber: v.optional(v.pipe(v.string(), v.regex(/^\+?\d{7,15}$/))),
} satisfies Record<SettingKey, unknown>);

const PracticeEntry = v.strictObject({
  contactId: ContactSchema.entries.id,
  right: count,
  tries: count,
  lastTried: PracticeSchema.entries.lastTried,
});

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  settings: SettingsSection,
  contacts: v.pipe(v.array(v.strictObject(ContactSchema.entries)), v.maxLength(BACKUP_LIMITS.contacts)),
  practice: v.pipe(v.array(PracticeEntry), v.maxLength(BACKUP_LIMITS.practice)),
});

/** A backup file's content, checked. */
export type Backup = v.InferOutput<typeof BackupSchema>;

/** Why a file was refused; each has its own message in the user's language. */
export type BackupProblem =
  | 'too-large' // over MAX_FILE_BYTES: refused before reading
  | 'unreadable' // the browser could not read the file
  | 'not-json' // not text, or damaged JSON
  | 'wrong-format' // JSON, but not a backup of this app
  | 'newer-version' // made by a newer version of the app
  | 'unknown-section' // a section this version does not know
  | 'invalid' // a field of the wrong type or length, or too many records
  | 'duplicate-id'; // two contacts (or two practice records) for the same id

/** What a file (or the device) holds, to show before anything changes. */
export interface BackupSummary {
  exportedAt: string;
  contacts: number;
  practice: number;
  /** The settings present, in a fixed order. */
  settings: SettingKey[];
}

const SETTING_KEYS: SettingKey[] = ['language', 'rapidResponseNumber'];

export function summarize(backup: Backup): BackupSummary {
  return {
    exportedAt: backup.exportedAt,
    contacts: backup.contacts.length,
    practice: backup.practice.length,
    settings: SETTING_KEYS.filter((key) => backup.settings[key] !== undefined),
  };
}

/** Whether a stored setting may go into a backup file (the same rules as reading one). */
export function isBackupSetting(key: string, value: unknown): key is SettingKey {
  if (!Object.hasOwn(SettingsSection.entries, key) || value === undefined) return false;
  return v.is(SettingsSection.entries[key as SettingKey], value);
}
