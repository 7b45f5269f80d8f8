import * as v from 'valibot';
import { AlertSchema, BUILT_IN_LANGUAGES, SenderSchema, SITUATIONS, type Situation } from '../alert-record';
import { ContactSchema, PracticeSchema } from '../contact-record';
import { IncidentSchema } from '../incident-record';
import { PLAN_SECTIONS, planRecordSchema, type PlanRecord, type PlanSectionId } from '../plan-record';
import type { BackupSettingKey, OLD_LOCAL_LINE_KEY } from '../schema';
import { SAVED_LOCAL_LINE } from '../../shared/stored-phone';

/**
 * The backup file (documented in README.md, "Backup file"): version 1, the family plan (version 2), and a
 * contact's number may carry an office extension (`+12135550100;ext=123`, version 3). Every section and
 * every record is a strict object: a key this version does not know is refused, never dropped, so a file
 * is either read completely or not at all. Anything an older app could not keep therefore needs a new
 * version, which older apps refuse as "made by a newer version". Version 1 files (no plan) are still read,
 * as a backup with no plan sections; version 2 files as version 3 files with no extension. Version 5 adds
 * the alert set-up, a contact's message language and landline mark, and the optional `records` (incident
 * records' text, issue 13; their photos are not in this file); version 4 is the encrypted envelope
 * (another change). Version 6: a contact's message language may be a whole-app pack language (`fr`…).
 * Version 7: the alert set-up may hold the person's own message in those languages too.
 */
export const BACKUP_FORMAT = 'defend-your-rights-backup';
export const BACKUP_VERSION = 7;

/** Refused before reading. 1,000 contacts with every field full (plain text) make about 2 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const BACKUP_LIMITS = { contacts: 1000, practice: 1000, records: 1000 } as const;

/** The top-level sections of a version 1 file. */
export const SECTIONS_V1 = ['format', 'version', 'exportedAt', 'settings', 'contacts', 'practice'] as const;
/** The top-level sections of a version 2 or 3 file. */
export const SECTIONS_V3 = [...SECTIONS_V1, 'plan'] as const;
/**
 * The top-level sections of a version 5, 6 or 7 file (7 is the version this app writes): the alert set-up and the
 * incident records' text (issue 13). Version 4 is the encrypted backup file (its own envelope, issue 11),
 * not a plain file.
 */
export const SECTIONS = [...SECTIONS_V3, 'alerts', 'records'] as const;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

/** A JSON object, not an array (valibot's object schemas take an array for an object). */
const notArray = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

/** The settings section as a file may hold it. */
export const SettingsSection = v.strictObject({
  /** A language tag such as "es"; a language this app does not have falls back at start. */
  language: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/))),
  /**
   * The local rapid-response line as the help screen saved it until database version 6
   * (src/shared/stored-phone.ts). Still read, in files of every version: read-file.ts makes it a
   * rapid-response contact (src/storage/local-line.ts). This app no longer writes it.
   */
  rapidResponseNumber: v.optional(v.pipe(v.string(), v.regex(SAVED_LOCAL_LINE))),
} satisfies Record<BackupSettingKey | typeof OLD_LOCAL_LINE_KEY, unknown>);

const PracticeEntry = v.strictObject({
  contactId: ContactSchema.entries.id,
  right: count,
  tries: count,
  lastTried: PracticeSchema.entries.lastTried,
});

// The records are strict objects at every depth (plan-record.ts): an unknown key is refused.
const planSection = <K extends PlanSectionId>(section: K) =>
  v.optional(planRecordSchema(section) as v.GenericSchema<unknown, PlanRecord<K>>);

/** The family plan, keyed by section id: each section as the plan store keeps it; any may be missing. */
export const PlanSection = v.strictObject({
  household: planSection('household'),
  children: planSection('children'),
  documents: planSection('documents'),
  legal: planSection('legal'),
  money: planSection('money'),
  myPlan: planSection('myPlan'),
  review: planSection('review'),
} satisfies Record<PlanSectionId, unknown>);

/** The family plan as a backup file holds it. */
export type BackupPlan = v.InferOutput<typeof PlanSection>;

/** A contact as files before version 5 hold it: no message language, no landline mark. */
const { messageLanguage, landline, ...CONTACT_V3_ENTRIES } = ContactSchema.entries;
void messageLanguage;
void landline;
const ContactV3Schema = v.strictObject(CONTACT_V3_ENTRIES);

/**
 * The alert set-up, keyed by situation, each as the alerts store keeps it, and `sender` (the name
 * "my name" is filled with); any may be missing.
 */
const alertsSection = <A extends v.GenericSchema>(alert: A) =>
  v.strictObject({
    ...(Object.fromEntries(SITUATIONS.map((situation) => [situation, v.optional(alert)])) as {
      [S in Situation]: v.OptionalSchema<A, undefined>;
    }),
    sender: v.optional(SenderSchema),
  });
export const AlertsSection = alertsSection(AlertSchema);

/** The alert set-up as files before version 7 hold it: the person's own messages in English and Spanish only. */
const { en, es } = AlertSchema.entries.messages.entries;
const AlertsV6Section = alertsSection(
  v.strictObject({ ...AlertSchema.entries, messages: v.strictObject({ en, es }) }),
);

const V1_ENTRIES = {
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  settings: v.pipe(notArray, SettingsSection),
  contacts: v.pipe(v.array(ContactV3Schema), v.maxLength(BACKUP_LIMITS.contacts)),
  practice: v.pipe(v.array(PracticeEntry), v.maxLength(BACKUP_LIMITS.practice)),
};

/** A version 1 file: no plan. Read as today's version with an empty plan and no alerts. */
export const BackupV1Schema = v.strictObject(V1_ENTRIES);

/** A version 3 file; a version 2 file is read by it too (no number has an extension). Read as today's. */
export const BackupV3Schema = v.strictObject({
  ...V1_ENTRIES,
  version: v.literal(3),
  plan: v.pipe(notArray, PlanSection),
  /** Since version 5: incident records, as the incidents store keeps them (../incident-record.ts). */
  records: v.optional(v.pipe(v.array(IncidentSchema), v.maxLength(BACKUP_LIMITS.records))),
});

/**
 * The file this app writes (version 7): version 3, contacts with their message language and landline
 * mark, and the alert set-up (`alerts`, optional: a file made without one is read as none).
 */
export const BackupSchema = v.strictObject({
  ...BackupV3Schema.entries,
  version: v.literal(BACKUP_VERSION),
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(BACKUP_LIMITS.contacts)),
  alerts: v.optional(v.pipe(notArray, AlertsSection)),
  /** Incident records, as the incidents store keeps them (../incident-record.ts); their photos are not here. */
  records: v.optional(v.pipe(v.array(IncidentSchema), v.maxLength(BACKUP_LIMITS.records))),
});

/** A version 6 file: version 7 with the person's own alert messages in English and Spanish only. Read as 7. */
export const BackupV6Schema = v.strictObject({
  ...BackupSchema.entries,
  version: v.literal(6),
  alerts: v.optional(v.pipe(notArray, AlertsV6Section)),
});

/** A version 5 file: version 6 with a contact's message language `en` or `es` only. Read as version 7. */
const ContactV5Schema = v.strictObject({
  ...ContactSchema.entries,
  messageLanguage: v.optional(v.picklist(BUILT_IN_LANGUAGES)),
});
export const BackupV5Schema = v.strictObject({
  ...BackupV6Schema.entries,
  version: v.literal(5),
  contacts: v.pipe(v.array(ContactV5Schema), v.maxLength(BACKUP_LIMITS.contacts)),
});

/**
 * A backup file's content, checked (a version 1 or 2 file comes as version 3), with the local line of an
 * older file already made a contact: its settings are only those this app keeps as settings.
 */
export type Backup = Omit<v.InferOutput<typeof BackupSchema>, 'settings'> & {
  settings: { [K in BackupSettingKey]?: string | undefined };
};

/** Why a file was refused; each has its own message in the user's language. */
export type BackupProblem =
  | 'too-large' // over MAX_FILE_BYTES: refused before reading
  | 'unreadable' // the browser could not read the file
  | 'timed-out' // checking it took longer than any real backup can (read-in-worker.ts): ended
  | 'not-json' // not text, or damaged JSON
  | 'wrong-format' // JSON, but not a backup of this app
  | 'newer-version' // made by a newer version of the app
  | 'unknown-section' // a section this version does not know
  | 'invalid' // a field of the wrong type or length, or too many records
  | 'duplicate-id' // two contacts (or two practice records) for the same id
  | 'wrong-passphrase'; // an encrypted file (envelope.ts) did not open: a wrong passphrase or a changed byte

/** What a file (or the device) holds, to show before anything changes. */
export interface BackupSummary {
  exportedAt: string;
  contacts: number;
  practice: number;
  /** How many sections of the family plan (of PLAN_SECTIONS) are there. */
  plan: number;
  /** The settings present, in a fixed order. */
  settings: BackupSettingKey[];
  /** Incident records (their text; photos are not in the file). */
  records: number;
}

/** Every setting a backup file may hold, in the order screens list them. */
export const SETTING_KEYS: BackupSettingKey[] = ['language'];

export function summarize(backup: Backup): BackupSummary {
  return {
    exportedAt: backup.exportedAt,
    contacts: backup.contacts.length,
    practice: backup.practice.length,
    plan: PLAN_SECTIONS.filter((section) => backup.plan[section] !== undefined).length,
    settings: SETTING_KEYS.filter((key) => backup.settings[key] !== undefined),
    records: backup.records?.length ?? 0,
  };
}

/** Whether a stored setting may go into a backup file (the same rules as reading one). */
export function isBackupSetting(key: string, value: unknown): key is BackupSettingKey {
  if (!(SETTING_KEYS as string[]).includes(key) || value === undefined) return false;
  return v.is(SettingsSection.entries[key as BackupSettingKey], value);
}
