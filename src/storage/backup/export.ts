import * as v from 'valibot';
import { localIsoDate } from '../../shared/local-date';
import {
  byCallingOrder,
  ContactSchema,
  isPractice,
  isStoredContact,
  PracticeSchema,
} from '../contact-record';
import {
  AlertSchema,
  isStoredAlert,
  isStoredSender,
  SENDER_KEY,
  SenderSchema,
  SITUATIONS,
} from '../alert-record';
import { withoutMark } from '../from-file';
import { PLAN_SECTIONS, parseStoredSection } from '../plan-record';
import { isIncident } from '../incident-record';
import { readAll } from '../read-records';
import { attempt, type StorageResult } from '../result';
import { PHONE_ONLY_SETTINGS, STORES } from '../schema';
import { readStoredSetting } from '../settings-store';
import { watched } from '../watched';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  isBackupSetting,
  summarize,
  type Backup,
  type BackupSummary,
} from './format';

// A saved file's name shows in the Downloads list, a share sheet or a cloud drive without the file being
// opened: it says nothing of the app, what it is for or whom it is about (tests/unit/file-names.test.ts).
/** The backup file's default name: plain words and the person's local date (`YYYY-MM-DD`). */
export const backupFileName = (date: string): string => `notes-${date}.json`;

/** A backup ready to be saved as a file. */
export interface BackupFile {
  text: string;
  /** The default name, with the person's local date (`backupFileName`, `packetFileName`); the person may change it. */
  fileName: string;
  summary: BackupSummary;
  /** Damaged records that could not be read, so are not in the file: the UI says so. */
  unreadable: number;
}

/** Everything the app stores, as the text of a backup file (`BACKUP_VERSION`). */
export function exportAll(now = new Date()): Promise<StorageResult<BackupFile>> {
  return attempt(async () => {
    const { backup, unreadable } = await collect(now);
    return {
      text: JSON.stringify(backup, null, 2),
      fileName: backupFileName(localIsoDate(now)),
      summary: summarize(backup),
      unreadable,
    };
  });
}

/** What is stored on this device now, counted as a backup file would hold it. */
export function storedSummary(): Promise<StorageResult<BackupSummary>> {
  return attempt(async () => summarize((await collect(new Date())).backup));
}

/** The summary, read again when another tab changes any store (src/ui/use-stored.ts). */
export const watchedSummary = watched(Object.values(STORES), storedSummary);

/** Everything stored, as a checked backup; damaged records are left out and counted. */
export async function collect(now: Date): Promise<{ backup: Backup; unreadable: number }> {
  const isPresent = (value: unknown): value is unknown => value !== undefined;
  const [settings, contacts, practice, plan, alerts, incidents] = await Promise.all([
    readAll(STORES.settings, isPresent),
    readAll(STORES.contacts, isStoredContact),
    readAll(STORES.practice, isPractice),
    readAll(STORES.plan, isPresent),
    readAll(STORES.alerts, (value): value is unknown => isStoredAlert(value) || isStoredSender(value)),
    readAll(STORES.incidents, isIncident),
  ]);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: {},
    // Parsed again: the file must pass its own check (a record with a key this version does not know
    // fails isStoredContact above, and is counted as unreadable). The mark of a record that came from a
    // file stays on this phone: it is not part of the format.
    contacts: contacts.records
      .map(({ value }) => v.parse(ContactSchema, withoutMark(value)))
      .sort(byCallingOrder),
    practice: practice.records
      .filter(({ key }) => v.is(ContactSchema.entries.id, key))
      .map(({ key, value }) => ({ contactId: key, ...v.parse(PracticeSchema, value) }))
      .sort((a, b) => a.contactId.localeCompare(b.contactId)),
    plan: {},
    alerts: {},
  };
  // Newest first, as the list shows them; only when there are some (an optional section of version 5).
  const records = incidents.records
    .map(({ value }) => value)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (records.length > 0) backup.records = records;
  // In the order of SITUATIONS, then the sender; a record under another key, or of the wrong kind for
  // its key, is counted as unreadable.
  const kept = new Set<string>();
  for (const { key, value } of alerts.records) {
    const schema =
      key === SENDER_KEY
        ? SenderSchema
        : (SITUATIONS as readonly string[]).includes(key)
          ? AlertSchema
          : undefined;
    const parsed = schema && v.safeParse(schema, withoutMark(value as { fromFile?: true }));
    if (parsed?.success) kept.add(key);
  }
  for (const key of [...SITUATIONS, SENDER_KEY]) {
    const saved = alerts.records.find((record) => record.key === key);
    if (saved && kept.has(key))
      Object.assign(backup.alerts ?? {}, { [key]: withoutMark(saved.value as { fromFile?: true }) });
  }
  let unreadable =
    incidents.unreadable +
    alerts.unreadable +
    alerts.records.length -
    kept.size +
    settings.unreadable +
    contacts.unreadable +
    practice.unreadable +
    practice.records.length -
    backup.practice.length +
    plan.unreadable;
  // Only the sections that were saved and pass their (strict) schema; any other is counted as unreadable.
  const saved = new Map<string, unknown>();
  for (const { key, value } of plan.records) {
    const section = PLAN_SECTIONS.find((known) => known === key);
    const parsed = section && parseStoredSection(section, value);
    if (section && parsed?.success) saved.set(section, withoutMark(parsed.output));
    else unreadable += 1;
  }
  for (const section of PLAN_SECTIONS) {
    if (saved.has(section)) Object.assign(backup.plan, { [section]: saved.get(section) }); // in the plan's order
  }
  for (const { key, value } of settings.records) {
    // This phone's alone (the list open while locked copies contacts the file holds): left out, not unreadable.
    if ((PHONE_ONLY_SETTINGS as readonly string[]).includes(key)) continue;
    const setting = readStoredSetting(value)?.value;
    if (isBackupSetting(key, setting)) backup.settings[key] = setting;
    else unreadable += 1;
  }
  return { backup, unreadable };
}
