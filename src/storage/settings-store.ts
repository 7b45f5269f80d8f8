import { readOne, writeLatest } from './records';
import { attempt, type StorageResult } from './result';
import { STORES, type Settings, type SettingKey } from './schema';
import { watched, type Watched } from './watched';

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads one setting; `undefined` when it was never saved. */
export async function loadSetting<K extends SettingKey>(
  key: K,
): Promise<StorageResult<Settings[K] | undefined>> {
  return attempt(async () => (await readOne(STORES.settings, key, isString))?.value);
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

const watchers = new Map<SettingKey, Watched<string | undefined>>();

/** One setting, kept current on screen (src/ui/use-stored.ts); the same object for the same key. */
export function watchedSetting<K extends SettingKey>(key: K): Watched<Settings[K] | undefined> {
  let found = watchers.get(key);
  if (!found) {
    found = watched([STORES.settings], () => loadSetting(key));
    watchers.set(key, found);
  }
  return found;
}
