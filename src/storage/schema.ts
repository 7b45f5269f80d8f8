import type { DBSchema } from 'idb';
import type { Sealed } from './codec';
import type { DropBox } from './lock/drop-box';
import type { KeySlots } from './lock/key-slots';

/** Every database, store and key name in one place; old names stay here only for migrations. */
export const DB_NAME = 'defend-your-rights';
/**
 * The second profile's database (db.ts): the same stores and versions, made when a lock is set, whether a
 * decoy passphrase is set or not, and deleted with the lock. Its name says nothing of a decoy.
 */
export const SECOND_DB_NAME = 'defend-your-rights-2';
export const DB_VERSION = 8;

export const STORES = {
  settings: 'settings',
  contacts: 'contacts',
  practice: 'practice',
  plan: 'plan',
  /** Since version 7: the alert set-up, one record per situation (./alert-record.ts). */
  alerts: 'alerts',
  /** Since version 8: what happened in a raid, one record each (./incident-record.ts). */
  incidents: 'incidents',
  /** Since version 8: each photo or video of a record, keyed `<record id>:<media id>`. */
  media: 'media',
} as const;

export type StoreName = (typeof STORES)[keyof typeof STORES];

/**
 * Facts about the database itself, not about the person (plain, never sealed). Since version 5:
 * `epoch`, a random id made when the database is created and renewed by a "replace" import.
 */
export const META = 'meta';
export const EPOCH_KEY = 'epoch';
/**
 * With a lock set: the key slots (lock/key-slots.ts), the data key wrapped for each passphrase. No
 * database version: `meta` holds any value, and an app that does not know this key never reads it.
 */
export const KEY_SLOTS_KEY = 'keySlots';
/** With a lock set: the drop box (lock/drop-box.ts), for records saved without unlocking. */
export const DROP_BOX_KEY = 'dropBox';
/**
 * In the second database only (it has no key slots): the id of the lock it belongs to (`KeySlots.lockId`,
 * not secret), so every write's transaction there checks its seal as the main database does.
 */
export const LOCK_ID_KEY = 'lockId';

/**
 * The shape each store's records are written in. Raise a store's number when its records gain
 * something an older app could not keep (a field, a wider type): an older tab then refuses to read
 * or overwrite those records and asks for a reload, instead of dropping what it does not know.
 */
export const RECORD_SHAPES: { readonly [S in StoreName]: number } = {
  settings: 1,
  // 2: a number may carry an office extension (`+12135550100;ext=123`, src/shared/stored-phone.ts).
  // 3: `messageLanguage` and `landline` (the alert, ./contact-record.ts).
  // 4: `messageLanguage` may be a whole-app pack language (`fr`, `ht`…), not only `en` or `es`.
  contacts: 4,
  practice: 1,
  plan: 1,
  // 2: `messages` may hold the person's own message in a whole-app pack language (./alert-record.ts).
  alerts: 2,
  // 2: `warrantAnswers`, the warrant check's answers kept with its verdict (./incident-record.ts).
  incidents: 2,
  media: 1,
};

/** The stores a record may be saved in without unlocking (a new incident and its photos). */
export const DROP_BOX_STORES: readonly StoreName[] = [STORES.incidents, STORES.media];

/**
 * Until version 6, the settings key of the local rapid-response line; since, the line is a contact with
 * the role `rapid-response` (./local-line.ts), and this name is read only by the migration and by the
 * check of backup files made before.
 */
export const OLD_LOCAL_LINE_KEY = 'rapidResponseNumber';

/** What each settings key holds. */
export interface Settings {
  language: string;
  /**
   * The state the family lives in, as a postal code (`CA`): the plan shows a state's own forms only
   * there. This phone's alone: not in the backup file (that needs format version 3; see README.md).
   */
  usState: string;
  /**
   * With a lock set, how long the app may stay hidden before it locks by itself: `'0'` (at once), or
   * minutes (`'1'`, `'5'`, `'15'`); unset is 5 minutes (src/features/quick-exit/auto-lock.ts). This
   * phone's alone, and plain with a lock set (src/storage/codec.ts): it is read before any unlock.
   */
  autoLock: string;
  /**
   * `'yes'` once the plan has offered to set a lock (src/features/lock/LockOffer.tsx), so it offers once.
   * Says nothing about the person; this phone's alone, not in the backup file.
   */
  lockOffered: string;
  /**
   * The language a screen opens in when the person's language does not cover it (an emergency-core
   * language: src/i18n/pack-languages.ts): `'en'` or `'es'`; unset follows the browser. This phone's alone,
   * plain with a lock set (read before any unlock).
   */
  secondLanguage: string;
  /**
   * `'off'` when the person asked the app not to remember its language on this phone (a language can hint
   * where a family comes from): the choice and the language shown are then not kept, and the app opens in
   * the browser's language. This phone's alone, plain with a lock set.
   */
  languageMemory: string;
}

export type SettingKey = keyof Settings;

/**
 * With a lock set, and only if the person chose it: the short list of emergency numbers that stays
 * readable while locked (./open-numbers.ts). Not a `Settings` value (it is a list, not a text), never in
 * a backup file, and plain under the lock (src/storage/codec.ts): that is its purpose.
 */
export const OPEN_NUMBERS_KEY = 'openNumbers';
/** The settings that are this phone's alone: never in a backup file, and not counted as unreadable. */
export const PHONE_ONLY_SETTINGS = [
  'usState',
  'autoLock',
  'lockOffered',
  'secondLanguage',
  'languageMemory',
  OPEN_NUMBERS_KEY,
] as const;
/** The settings a backup file holds (src/storage/backup/format.ts). */
export type BackupSettingKey = Exclude<SettingKey, (typeof PHONE_ONLY_SETTINGS)[number]>;

/**
 * How every record sits on disk. The body is sealed by the codec (src/storage/codec.ts), so
 * encryption can later wrap it without a feature noticing; the revision stays outside the seal
 * so a write can be checked against the newest copy inside one transaction.
 */
export interface Stored {
  /** Counts every saved change; a save based on an older revision is refused. */
  rev: number;
  /** The store's `RECORD_SHAPES` number the record was written in; rows from before version 5 have none: 1. */
  shape?: number;
  body: Sealed;
}

export interface AppDB extends DBSchema {
  /** Small key-value preferences, keyed by setting name (out-of-line keys). */
  settings: { key: SettingKey | typeof OPEN_NUMBERS_KEY; value: Stored };
  /** Emergency contacts, keyed by contact id (out-of-line keys). */
  contacts: { key: string; value: Stored };
  /** How often each contact's number was typed right from memory, keyed by contact id. */
  practice: { key: string; value: Stored };
  /** The family preparedness plan, one record per section, keyed by section id. */
  plan: { key: string; value: Stored };
  /** Since version 7: who gets which alert message, one record per situation, keyed by situation id. */
  alerts: { key: string; value: Stored };
  /** Since version 8: incident records, keyed by a random id. */
  incidents: { key: string; value: Stored };
  /** Since version 8: a record's photos and videos (with their bytes), keyed `<record id>:<media id>`. */
  media: { key: string; value: Stored };
  /**
   * Since version 5: the database's epoch (see `META`); with a lock set, its key slots and drop box (main
   * database) or the lock's id (second database).
   */
  meta: {
    key: typeof EPOCH_KEY | typeof KEY_SLOTS_KEY | typeof DROP_BOX_KEY | typeof LOCK_ID_KEY;
    value: string | KeySlots | DropBox;
  };
}
