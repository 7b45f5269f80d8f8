import { getDB } from './db';
import { toProblem, type StorageResult } from './result';
import { STORES, type Settings, type SettingKey } from './schema';

/** Reads one setting; `undefined` when it was never saved. */
export async function loadSetting<K extends SettingKey>(
  key: K,
): Promise<StorageResult<Settings[K] | undefined>> {
  try {
    const db = await getDB();
    return { ok: true, value: (await db.get(STORES.settings, key)) as Settings[K] | undefined };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}

/** Saves one setting and resolves once it is on disk. */
export async function saveSetting<K extends SettingKey>(
  key: K,
  value: Settings[K],
): Promise<StorageResult<void>> {
  try {
    const db = await getDB();
    await db.put(STORES.settings, value, key);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}
