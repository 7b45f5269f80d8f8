import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  BackupSchema,
  BackupV1Schema,
  BackupV3Schema,
  BackupV5Schema,
  BackupV6Schema,
  MAX_FILE_BYTES,
  SECTIONS,
  SECTIONS_V1,
  SECTIONS_V3,
  summarize,
  type Backup,
  type BackupProblem,
  type BackupSummary,
} from './format';
import { isSealed, openText, readEnvelope, type SealedHeader } from './envelope';
import { cleanTexts } from '../safe-text';
import { moveLocalLine } from '../local-line';

/**
 * A checked file with what it holds, or why it was refused, or an encrypted file that needs its
 * passphrase (with what its key is derived from). Reading never changes stored data.
 */
export type BackupCheck =
  | { ok: true; backup: Backup; summary: BackupSummary }
  | { ok: false; problem: BackupProblem }
  | { ok: false; problem: 'passphrase'; header: SealedHeader };

/**
 * Reads and checks a backup file the person picked; never throws. An encrypted file (envelope.ts) is
 * opened with `key` (seal.ts's `fileKey`); without one, the answer is what its key is derived from.
 */
export async function readBackupFile(file: Blob, key?: CryptoKey): Promise<BackupCheck> {
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
  return readBackupText(text, key);
}

/** Checks a backup file's text, opening it first if it is encrypted; never throws. */
export async function readBackupText(text: string, key?: CryptoKey): Promise<BackupCheck> {
  if (!textWithinLimits(text)) return { ok: false, problem: 'invalid' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(json) || !isSealed(json)) return checkBackup(json);
  // Over-cap key-derivation settings are refused here: the page never asks for a passphrase, nor derives.
  const envelope = readEnvelope(json);
  if (!envelope) return { ok: false, problem: 'invalid' };
  if (!key)
    return {
      ok: false,
      problem: 'passphrase',
      header: { kdf: envelope.kdf, salt: envelope.salt, iv: envelope.iv },
    };
  const plain = await openText(envelope, key);
  // Inside, a plain file of any version this app reads: an envelope inside an envelope is refused.
  return plain === undefined ? { ok: false, problem: 'wrong-passphrase' } : parseBackup(plain);
}

/** Checks a backup file's text; never throws. */
export function parseBackup(text: string): BackupCheck {
  if (!textWithinLimits(text)) return { ok: false, problem: 'invalid' };
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
  // An encrypted file is opened first (readBackupText): here, as inside another, it has no place.
  if (isSealed(json)) return { ok: false, problem: 'invalid' };
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return { ok: false, problem: 'newer-version' };
  }
  // A version 1 file has no plan: a `plan` there is a section that version does not know.
  const sections: readonly string[] =
    version === 1 ? SECTIONS_V1 : version === 2 || version === 3 ? SECTIONS_V3 : SECTIONS;
  if (Object.keys(json).some((key) => !sections.includes(key))) {
    return { ok: false, problem: 'unknown-section' };
  }
  // Cheap shape checks first: with no limit, valibot checked each of a million items and kept an issue
  // for each (2 MB of zeros in `contacts`: 12.5 s and 650 MB; 0.6 MB of `{}` in a plan section: 29 s).
  if (!withinShapeLimits(json)) return { ok: false, problem: 'invalid' };
  // Texts lose the direction controls and control characters no stored text may hold, as the forms take
  // them out of what is typed (../safe-text.ts): a file cannot slip them in, nor is it refused for them.
  const older = version === 1 ? BackupV1Schema : version === 2 || version === 3 ? BackupV3Schema : undefined;
  const sixOrFive = version === 5 ? BackupV5Schema : version === 6 ? BackupV6Schema : undefined;
  json = cleanTexts(older ?? sixOrFive ?? BackupSchema, json);
  let read: v.InferOutput<typeof BackupSchema>;
  if (version === 1) {
    const parsed = v.safeParse(BackupV1Schema, json, FIRST_ISSUE);
    if (!parsed.success) return { ok: false, problem: 'invalid' };
    read = { ...parsed.output, version: BACKUP_VERSION, plan: {} }; // read as today's version
  } else if (older) {
    // Version 2 is version 3 without extensions: its numbers fit version 3's rule.
    const asRead = version === 2 && isRecord(json) ? { ...json, version: 3 } : json;
    const parsed = v.safeParse(BackupV3Schema, asRead, FIRST_ISSUE);
    if (!parsed.success) return { ok: false, problem: 'invalid' };
    read = { ...parsed.output, version: BACKUP_VERSION }; // read as today's version
  } else if (sixOrFive) {
    // Version 6: 7 with the own alert messages in English and Spanish only; 5: a contact's message
    // language `en` or `es` only, too.
    const parsed = v.safeParse(sixOrFive, json, FIRST_ISSUE);
    if (!parsed.success) return { ok: false, problem: 'invalid' };
    read = { ...parsed.output, version: BACKUP_VERSION }; // read as today's version
  } else {
    // Version 7 (version 4, the encrypted file, is opened before this check or not at all: invalid here).
    const parsed = v.safeParse(BackupSchema, json, FIRST_ISSUE);
    if (!parsed.success) return { ok: false, problem: 'invalid' };
    read = parsed.output;
  }
  if (
    hasDuplicates(read.contacts.map((contact) => contact.id)) ||
    hasDuplicates(read.practice.map((entry) => entry.contactId)) ||
    hasDuplicates((read.records ?? []).map((record) => record.id))
  ) {
    return { ok: false, problem: 'duplicate-id' };
  }
  const backup = withLocalLineAsContact(read);
  return { ok: true, backup, summary: summarize(backup) };
}

/**
 * A file made before database version 6 may hold the local line as a setting: it is one of the file's
 * contacts now, as the migration makes it on a phone (../local-line.ts), so the preview shows it among
 * the calling contacts the file adds, and the import marks it as from the file. Its digits may not say
 * which number it is (7 digits, no area code): then it is left out, as the migration leaves it unmoved.
 */
function withLocalLineAsContact(read: v.InferOutput<typeof BackupSchema>): Backup {
  const { rapidResponseNumber, ...settings } = read.settings;
  if (rapidResponseNumber === undefined) return { ...read, settings };
  const ids = new Set(read.contacts.map((contact) => contact.id));
  const move = moveLocalLine(rapidResponseNumber, read.contacts, ids);
  const contacts = move.to === 'contact' ? [...read.contacts, move.contact] : read.contacts;
  return { ...read, settings, contacts };
}

/** Stop at the first issue: a refusal needs one reason, and collecting all of them is what froze the tab. */
const FIRST_ISSUE = { abortEarly: true } as const;

/**
 * The deepest a backup nests (backup → plan → section → data → people → person → field) is 7; 32
 * leaves room for later versions and refuses a crafted file before parsing it.
 */
const MAX_DEPTH = 32;
/** No list in a backup holds more than 1,000 items (contacts, practice); every other list less. */
const MAX_ITEMS = Math.max(BACKUP_LIMITS.contacts, BACKUP_LIMITS.practice);
/** No object in a backup has more than 10 keys (a household member). */
const MAX_KEYS = 16;
/** Before parsing, a looser bound: a file that is not a backup at all is still told apart after parsing. */
const MAX_TEXT_KEYS = 64;

/**
 * One pass over the text before JSON.parse, skipping strings: no array or object nests deeper than
 * MAX_DEPTH, no array holds more than MAX_ITEMS items, no object more than MAX_KEYS keys. A file that
 * breaks one is refused without building its values: parsing alone took 1 s for 5 MB of `[[[[…` and
 * 0.6 s and 180 MB for 5 MB of `{},{},…` (npm run bench:import). Commas are counted, so a text that
 * is not JSON may pass here: JSON.parse refuses it next.
 */
export function textWithinLimits(text: string): boolean {
  const counts = new Int32Array(MAX_DEPTH + 1); // commas so far in each open array or object
  const isArray = new Uint8Array(MAX_DEPTH + 1);
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index += 1; // a backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > MAX_DEPTH) return false;
      counts[depth] = 0;
      isArray[depth] = code === 0x5b ? 1 : 0;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
    else if (code === 0x2c && depth > 0) {
      const items = (counts[depth] = (counts[depth] ?? 0) + 1) + 1;
      if (items > (isArray[depth] ? MAX_ITEMS : MAX_TEXT_KEYS)) return false;
    }
  }
  return true;
}

/**
 * Before the schemas: the lists are arrays no longer than a backup's lists can be, and no array or
 * object anywhere is larger than any in a valid file. One pass that never descends into an oversized
 * value, so a flood of items is refused after reading one number.
 */
export function withinShapeLimits(json: Record<string, unknown>): boolean {
  const { contacts, practice } = json;
  if (!Array.isArray(contacts) || contacts.length > BACKUP_LIMITS.contacts) return false;
  if (!Array.isArray(practice) || practice.length > BACKUP_LIMITS.practice) return false;
  const { records } = json;
  if (records !== undefined && (!Array.isArray(records) || records.length > BACKUP_LIMITS.records))
    return false;
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) return false;
      stack.push(...value);
    } else if (isRecord(value)) {
      const keys = Object.keys(value);
      if (keys.length > MAX_KEYS) return false;
      for (const key of keys) stack.push(value[key]);
    }
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasDuplicates(ids: string[]): boolean {
  return new Set(ids).size !== ids.length;
}
