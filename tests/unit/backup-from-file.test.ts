import { afterEach, describe, expect, it } from 'vitest';
import { closeChanges } from '../../src/storage/changes';
import { exportAll } from '../../src/storage/backup/export';
import { importBackup } from '../../src/storage/backup/import';
import { previewImport } from '../../src/storage/backup/preview';
import { parseBackup } from '../../src/storage/backup/read-file';
import { listContacts, moveContact, updateContact } from '../../src/storage/contacts-store';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { loadReviewState } from '../../src/storage/plan-review';
import { loadSetting, loadSettingEntry, saveSetting } from '../../src/storage/settings-store';
import { backupWith, contact, planWith } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

// Issue 12, item 1: a file from someone else must not change, without a word, the number the help
// screen calls with one tap, nor add a "lawyer" with any number. What it would change is shown first,
// the phone's settings stay unless the person takes the file's, and what came from a file says so.

const PHONE_LINE = '+12135550100';
const FILE_LINE = '+12135550199';
/** A file that holds only the rapid-response number: before the fix it showed "nothing will be replaced". */
const numberOnly = () =>
  backupWith({ settings: { rapidResponseNumber: FILE_LINE }, contacts: [], practice: [] });

async function contacts() {
  const listed = await listContacts();
  if (!listed.ok) throw new Error(listed.problem);
  return listed.value.contacts;
}

describe('import from a file: settings are chosen, calling contacts shown, records marked', () => {
  useFreshDatabase();
  afterEach(() => closeChanges());

  it('the preview shows the one-tap number the file would change, old → new, for either mode', async () => {
    await saveSetting('rapidResponseNumber', PHONE_LINE);
    await saveSetting('language', 'en');
    const preview = await previewImport(numberOnly());
    expect(preview).toMatchObject({
      ok: true,
      value: {
        overlap: { contacts: 0, plan: 0 },
        settings: {
          merge: [{ key: 'rapidResponseNumber', now: PHONE_LINE, file: FILE_LINE }],
          // "replace" would also delete the language the file does not have.
          replace: [
            { key: 'language', now: 'en', file: undefined },
            { key: 'rapidResponseNumber', now: PHONE_LINE, file: FILE_LINE },
          ],
        },
        callingContacts: [],
      },
    });
    // A file with the phone's own settings changes nothing, and says nothing.
    const same = await previewImport(
      backupWith({ settings: { rapidResponseNumber: PHONE_LINE, language: 'en' } }),
    );
    expect(same.ok && same.value.settings.merge).toEqual([]);
  });

  it("with 'keep' (the screen's default) the phone's number stays, in merge and in replace", async () => {
    await saveSetting('rapidResponseNumber', PHONE_LINE);
    for (const mode of ['merge', 'replace'] as const) {
      expect(await importBackup(numberOnly(), mode, 'keep')).toMatchObject({
        ok: true,
        value: { settings: 0 },
      });
      expect(await loadSetting('rapidResponseNumber')).toEqual({ ok: true, value: PHONE_LINE });
    }
  });

  it("with 'take' the file's number is used, marked as from the file until the person saves one", async () => {
    await saveSetting('rapidResponseNumber', PHONE_LINE);
    expect(await importBackup(numberOnly(), 'merge', 'take')).toMatchObject({
      ok: true,
      value: { settings: 1 },
    });
    expect(await loadSettingEntry('rapidResponseNumber')).toEqual({
      ok: true,
      value: { value: FILE_LINE, fromFile: true },
    });
    expect(await loadSetting('rapidResponseNumber')).toEqual({ ok: true, value: FILE_LINE });
    await saveSetting('rapidResponseNumber', FILE_LINE);
    expect(await loadSettingEntry('rapidResponseNumber')).toEqual({
      ok: true,
      value: { value: FILE_LINE, fromFile: false },
    });
  });

  it('the preview lists every lawyer and rapid-response contact the file adds or changes, not the same ones', async () => {
    await importBackup(
      backupWith({ contacts: [contact('lawyer-1', 'Lic. Pérez', 0, { role: 'lawyer' })], practice: [] }),
      'replace',
      'keep',
    );
    const file = backupWith({
      contacts: [
        contact('lawyer-1', 'Lic. Pérez', 0, { role: 'lawyer', phones: ['+12135550666'] }),
        contact('line', 'Rapid line', 1, { role: 'rapid-response' }),
        contact('same', 'Tía Rosa', 2),
      ],
      practice: [],
    });
    const preview = await previewImport(file);
    expect(preview.ok && preview.value.callingContacts).toEqual([
      { name: 'Lic. Pérez', role: 'lawyer', phones: ['+12135550666'], replaces: true },
      { name: 'Rapid line', role: 'rapid-response', phones: [PHONE_LINE], replaces: false },
    ]);
    await importBackup(file, 'merge', 'keep');
    const again = await previewImport(file);
    expect(again.ok && again.value.callingContacts).toEqual([]);
  });

  it('contacts from a file are marked until edited; moving one keeps the mark', async () => {
    await importBackup(backupWith(), 'merge', 'keep');
    expect((await contacts()).map((saved) => [saved.name, saved.fromFile])).toEqual([
      ['Tía Rosa', true],
      ['Lic. Pérez', true],
    ]);
    const before = await contacts();
    await moveContact(before, 'lawyer-1', -1);
    const [lawyer, rosa] = await contacts();
    expect(lawyer?.fromFile).toBe(true);
    if (!rosa) throw new Error('missing');
    expect(await updateContact({ ...rosa, notes: 'Checked' })).toMatchObject({ ok: true });
    expect((await contacts()).map((saved) => [saved.name, saved.fromFile])).toEqual([
      ['Lic. Pérez', true],
      ['Tía Rosa', undefined],
    ]);
  });

  it('plan sections from a file are marked until saved; the review still reads', async () => {
    const plan = planWith();
    await importBackup(backupWith({ plan: { legal: plan.legal, review: plan.review } }), 'merge', 'keep');
    const loaded = await loadPlan();
    if (!loaded.ok) throw new Error(loaded.problem);
    expect(loaded.value.plan.legal.fromFile).toBe(true);
    expect(loaded.value.plan.money.fromFile).toBeUndefined();
    expect(await loadReviewState()).toEqual({ ok: true, value: { skipped: true, lastReviewed: '' } });
    await saveSection('legal', loaded.value.plan.legal, loaded.value.plan.legal.rev);
    const saved = await loadPlan();
    expect(saved.ok && saved.value.plan.legal.fromFile).toBeUndefined();
  });

  it('the mark stays on the phone: a backup file of marked records has none and passes the check', async () => {
    await importBackup(backupWith({ plan: { legal: planWith().legal } }), 'merge', 'take');
    const exported = await exportAll();
    if (!exported.ok) throw new Error(exported.problem);
    expect(exported.value.text).not.toContain('fromFile');
    expect(exported.value.unreadable).toBe(0);
    expect(parseBackup(exported.value.text)).toMatchObject({
      ok: true,
      summary: { contacts: 2, plan: 1, settings: ['language', 'rapidResponseNumber'] },
    });
  });

  it('a file cannot carry the mark itself (it is not part of the format)', () => {
    const marked = { ...backupWith(), contacts: [{ ...contact('a', 'A', 0), fromFile: true }], practice: [] };
    expect(parseBackup(JSON.stringify(marked))).toEqual({ ok: false, problem: 'invalid' });
  });
});
