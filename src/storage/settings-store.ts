import * as v from 'valibot';
import { readOne } from './read-records';
import { commit, writeLatest } from './records';
import { attempt, type StorageResult } from './result';
import { STORES, type Settings, type SettingKey } from './schema';
import { watched, type Watched } from './watched';

/**
 * A setting is stored as its text; one a backup file brought in as `{ value, fromFile: true }` (the
 * help screen says its number came from a file) until the person saves the setting themselves.
 */
const FromFileSetting = v.strictObject({ value: v.string(), fromFile: v.literal(true) });
type StoredSetting = string | v.InferOutput<typeof FromFileSetting>;

const isStoredSetting = (value: unknown): value is StoredSetting =>
  typeof value === 'string' || v.is(FromFileSetting, value);

/** A setting and where it came from. */
export interface SettingEntry {
  value: string;
  /** Brought in from a backup file and not saved by the person since. */
  fromFile: boolean;
}

/** A stored setting's value and mark; `undefined` for anything that is not a setting. */
export function readStoredSetting(stored: unknown): SettingEntry | undefined {
  if (!isStoredSetting(stored)) return undefined;
  return typeof stored === 'string'
    ? { value: stored, fromFile: false }
    : { value: stored.value, fromFile: true };
}

/** How the import stores a setting from a backup file. */
export function settingFromFile(value: string): StoredSetting {
  return { value, fromFile: true };
}

/** Reads one setting with its mark; `undefined` when it was never saved. */
export async function loadSettingEntry(key: SettingKey): Promise<StorageResult<SettingEntry | undefined>> {
  return attempt(async () => {
    const found = await readOne(STORES.settings, key, isStoredSetting);
    return found && readStoredSetting(found.value);
  });
}

/** Reads one setting; `undefined` when it was never saved. */
export async function loadSetting<K extends SettingKey>(
  key: K,
): Promise<StorageResult<Settings[K] | undefined>> {
  const entry = await loadSettingEntry(key);
  return entry.ok ? { ok: true, value: entry.value?.value } : entry;
}

/** Saves one setting and resolves once it is on disk; the last save wins. */
export async function saveSetting<K extends SettingKey>(
  key: K,
  value: Settings[K],
): Promise<StorageResult<void>> {
  return attempt(async () => {
    await writeLatest(STORES.settings, key, value);
  });
}

/**
 * Deletes one setting, so nothing of it is kept: the language, when the person asks the phone not to
 * remember it (an empty value would be kept, and counted unreadable in a backup file).
 */
export async function forgetSetting(key: SettingKey): Promise<StorageResult<void>> {
  return attempt(async () => {
    await commit(STORES.settings, [{ key, expectedRev: 'any' }]);
  });
}

const watchers = new Map<SettingKey, Watched<string | undefined>>();
const entryWatchers = new Map<SettingKey, Watched<SettingEntry | undefined>>();

/** One setting, kept current on screen (src/ui/use-stored.ts); the same object for the same key. */
export function watchedSetting<K extends SettingKey>(key: K): Watched<Settings[K] | undefined> {
  let found = watchers.get(key);
  if (!found) {
    found = watched([STORES.settings], () => loadSetting(key));
    watchers.set(key, found);
  }
  return found;
}

/** One setting with its mark (from a backup file or not), kept current on screen. */
export function watchedSettingEntry(key: SettingKey): Watched<SettingEntry | undefined> {
  let found = entryWatchers.get(key);
  if (!found) {
    found = watched([STORES.settings], () => loadSettingEntry(key));
    entryWatchers.set(key, found);
  }
  return found;
}
