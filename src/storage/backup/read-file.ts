import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupSchema,
  BackupV1Schema,
  MAX_FILE_BYTES,
  SECTIONS,
  SECTIONS_V1,
  summarize,
  type Backup,
  type BackupProblem,
  type BackupSummary,
} from './format';
import { cleanTexts } from '../safe-text';

/** A checked file with what it holds, or why it was refused. Reading never changes stored data. */
export type BackupCheck =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; problem: BackupProblem };

/** Reads and checks a backup file the person picked; never throws. */
export async function readBackupFile(file: Blob): Promise<BackupCheck> {
  // Checked before reading: a huge file (or a wrong pick, like a video) is never loaded into memory.
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not-json' }; // not text at all: a photo, a zip…
  }
  return parseBackup(text);
}

/** Checks a backup file's text; never throws. */
export function parseBackup(text: string): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return checkBackup(json);
}

/** Checks a parsed backup file; never throws. */
export function checkBackup(json: unknown): BackupCheck {
  try {
    return check(json);
  } catch {
    // Nothing in `check` should throw; if some engine limit does, it is still a refusal.
    return { ok: false, problem: 'invalid' };
  }
}

function check(json: unknown): BackupCheck {
  if (!isRecord(json) || json['format'] !== BACKUP_FORMAT) return { ok: false, problem: 'wrong-format' };
  // Before the sections: a newer file may well have sections this version does not know.
  const version = json['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  // A version 1 file has no plan: a `plan` there is a section that version does not know.
  const sections: readonly string[] = version === 1 ? SECTIONS_V1 : SECTIONS;
  if (Object.keys(json).some((key) => !sections.includes(key))) {
    return { ok: false, problem: 'unknown-section' };
  }
  // Texts lose the direction controls and control characters no stored text may hold, as the forms take
  // them out of what is typed (../safe-text.ts): a file cannot slip them in, nor is it refused for them.
  json = cleanTexts(version === 1 ? BackupV1Schema : BackupSchema, json);
  let backup: Backup;
  if (version === 1) {
    const parsed = v.safeParse(BackupV1Schema, json);
    if (!parsed.success) return { ok: false, problem: 'invalid' };
    backup = { ...parsed.output, version: BACKUP_VERSION, plan: {} }; // read as today's version
  } else {
    const parsed = v.safeParse(BackupSchema, json);
    if (!parsed.success) return { ok: false, problem: 'invalid' };
    backup = parsed.output;
  }
  if (
    hasDuplicates(backup.contacts.map((contact) => contact.id)) ||
    hasDuplicates(backup.practice.map((entry) => entry.contactId))
  ) {
    return { ok: false, problem: 'duplicate-id' };
  }
  return { ok: true, backup, summary: summarize(backup) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasDuplicates(ids: string[]): boolean {
  return new Set(ids).size !== ids.length;
}
