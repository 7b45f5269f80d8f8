import type { DBSchema } from 'idb';

/** Every database, store and key name in one place; old names stay here only for migrations. */
export const DB_NAME = 'defend-your-rights';
export const DB_VERSION = 1;

export const STORES = {
  settings: 'settings',
} as const;

/** What each settings key holds. */
export interface Settings {
  language: string;
  /** The person's own local rapid-response line, as dialable digits (optionally with a leading +). */
  rapidResponseNumber: string;
}

export type SettingKey = keyof Settings;

export interface AppDB extends DBSchema {
  /** Small key-value preferences, keyed by setting name (out-of-line keys). */
  settings: {
    key: SettingKey;
    value: Settings[SettingKey];
  };
}
