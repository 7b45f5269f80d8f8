import { describe, expect, it, vi } from 'vitest';
import { importBackup, type ImportMode } from '../../src/storage/backup/import';
import { listContacts } from '../../src/storage/contacts-store';
import type * as Kdf from '../../src/storage/lock/kdf';
import { lockNow, setDecoy, setLock, unlock } from '../../src/storage/lock-store';
import { SECOND_DB_NAME } from '../../src/storage/schema';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { backupWith } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';
import { databasesOnDisk, PASSPHRASE, useClockPastWaits } from './support/lock';
import { must } from './support/must';

/*
 * A backup file brought in with its settings while the decoy's passphrase opened the app (issue 11): the
 * file's language is the phone's, shared by both profiles (README, "The decoy's profile"), so it goes
 * where the app reads it, as the main profile's import does; written into the decoy's own database it
 * would change nothing on screen, which tells someone watching that this is not the usual profile.
 */

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

useClockPastWaits();

const DECOY = 'sunflower market';

/** The phone's own settings as the app reads them, from either profile. */
async function phoneSettings() {
  return { language: await loadSetting('language'), autoLock: await loadSetting('autoLock') };
}

/** A lock with a decoy, English and a one-minute auto-lock chosen; the app left open with `passphrase`. */
async function openedWith(passphrase: string): Promise<void> {
  await setLock(PASSPHRASE);
  await setDecoy(DECOY);
  await saveSetting('language', 'en');
  await saveSetting('autoLock', '1');
  lockNow();
  await unlock(passphrase);
}

describe("a backup file's settings, taken in the decoy's profile", () => {
  useFreshDatabase();

  for (const mode of ['merge', 'replace'] as const satisfies ImportMode[]) {
    it(`give the phone the file's language, as in the main profile (${mode})`, async () => {
      await openedWith(PASSPHRASE);
      expect(await importBackup(backupWith(), mode, 'take')).toMatchObject({
        ok: true,
        value: { settings: 1 },
      });
      const main = await phoneSettings();
      expect(main.language).toEqual({ ok: true, value: 'es' });
      await saveSetting('language', 'en');
      await saveSetting('autoLock', '1');

      lockNow();
      await unlock(DECOY);
      expect(await phoneSettings()).toEqual({
        language: { ok: true, value: 'en' },
        autoLock: { ok: true, value: '1' },
      });
      expect(await importBackup(backupWith(), mode, 'take')).toMatchObject({
        ok: true,
        value: { settings: 1 },
      });
      // What the app reads now is what the main profile's import left: nothing tells the two apart.
      expect(await phoneSettings()).toEqual(main);
      expect(await listContacts()).toMatchObject({ ok: true, value: { contacts: [{}, {}] } });
      // And nothing of the phone's settings sits unread in the decoy's database.
      const second = must((await databasesOnDisk())[SECOND_DB_NAME]);
      expect(second.rows.filter((row) => row.store === 'settings').map((row) => row.key)).toEqual([]);
    });
  }

  it("keep this phone's settings with 'keep'", async () => {
    await openedWith(DECOY);
    expect(await importBackup(backupWith(), 'replace', 'keep')).toMatchObject({
      ok: true,
      value: { settings: 0 },
    });
    expect(await phoneSettings()).toEqual({
      language: { ok: true, value: 'en' },
      autoLock: { ok: true, value: '1' },
    });
  });
});
