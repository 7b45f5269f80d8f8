import { readOne, writeLatest } from './records';
import { attempt, type StorageResult } from './result';
import { STORES, type Settings, type SettingKey } from './schema';

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
