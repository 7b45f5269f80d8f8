import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDB } from '../../src/storage/db';
import { forgetSetting, loadSetting, saveSetting } from '../../src/storage/settings-store';
import { collect } from '../../src/storage/backup/export';
import { useFreshDatabase } from './support/fresh-db';

describe('settings store', () => {
  useFreshDatabase();
  afterEach(() => vi.unstubAllGlobals());

  it('has no language before the first choice', async () => {
    expect(await loadSetting('language')).toEqual({ ok: true, value: undefined });
  });

  it('keeps the chosen language across a closed and reopened database', async () => {
    expect(await saveSetting('language', 'es')).toEqual({ ok: true, value: undefined });
    await closeDB();
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
  });

  it('"do not remember my language" deletes it: nothing kept, and a backup file has none, none unreadable', async () => {
    await saveSetting('language', 'fr');
    expect(await forgetSetting('language')).toEqual({ ok: true, value: undefined });
    expect(await loadSetting('language')).toEqual({ ok: true, value: undefined });
    const file = await collect(new Date());
    expect(file.backup.settings).toEqual({});
    expect(file.unreadable).toBe(0);
  });

  it('the last choice wins', async () => {
    await saveSetting('language', 'es');
    await saveSetting('language', 'en');
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'en' });
  });

  it('reports "unavailable", without throwing, where IndexedDB is missing (some private modes)', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', undefined);
    expect(await loadSetting('language')).toEqual({ ok: false, problem: 'unavailable' });
    expect(await saveSetting('language', 'es')).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('reports "quota" when the device is full, and keeps what was saved', async () => {
    await saveSetting('language', 'es');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await saveSetting('language', 'en')).toEqual({ ok: false, problem: 'quota' });
    vi.restoreAllMocks();
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
  });
});
