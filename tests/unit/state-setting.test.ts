import { describe, expect, it } from 'vitest';
import { exportAll } from '../../src/storage/backup/export';
import { BACKUP_VERSION } from '../../src/storage/backup/format';
import { parseBackup } from '../../src/storage/backup/read-file';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { useFreshDatabase } from './support/fresh-db';

/*
 * The family's state is a setting of this phone: kept, and left out of the backup file, whose format has
 * no field for it (a field an older app could not read needs a new file version: README.md).
 */
describe('the state setting', () => {
  useFreshDatabase();

  it('is kept on this phone', async () => {
    expect(await saveSetting('usState', 'TX')).toEqual({ ok: true, value: undefined });
    expect(await loadSetting('usState')).toEqual({ ok: true, value: 'TX' });
  });

  it('is not written to a backup file, which stays a valid file of this version', async () => {
    await saveSetting('language', 'es');
    await saveSetting('usState', 'TX');
    const exported = await exportAll(new Date('2026-12-05T07:00:00Z'));
    if (!exported.ok) throw new Error(exported.problem);
    const file = JSON.parse(exported.value.text) as { settings: Record<string, string>; version: number };
    expect(file.settings).toEqual({ language: 'es' });
    expect(file.version).toBe(BACKUP_VERSION);
    expect(parseBackup(exported.value.text).ok).toBe(true);
  });
});
