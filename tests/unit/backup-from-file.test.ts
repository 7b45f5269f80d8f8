import { afterEach, describe, expect, it } from 'vitest';
import { closeChanges } from '../../src/storage/changes';
import { exportAll } from '../../src/storage/backup/export';
import { importBackup } from '../../src/storage/backup/import';
import { previewImport } from '../../src/storage/backup/preview';
import { parseBackup } from '../../src/storage/backup/read-file';
import { addContact, listContacts, moveContact, updateContact } from '../../src/storage/contacts-store';
import { localLineOf } from '../../src/storage/contact-record';
import { LOCAL_LINE_NAME } from '../../src/storage/local-line';
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
/**
 * A file from before database version 6 that holds only the rapid-response number, as a setting: before
 * issue 12 it showed "nothing will be replaced". Its number is read as a rapid-response contact now.
 */
const numberOnly = (settings: Record<string, string> = {}) =>
  JSON.stringify({
    ...backupWith({ contacts: [], practice: [] }),
    settings: { ...settings, rapidResponseNumber: FILE_LINE },
  });

/** A file's text, checked as the screen checks it. */
function checked(text: string) {
  const read = parseBackup(text);
  if (!read.ok) throw new Error(read.problem);
  return read.backup;
}

/** This phone's own local line: a rapid-response contact, as the help screen saves it. */
async function phoneLine() {
  const line = { name: 'Our line', phones: [PHONE_LINE], role: 'rapid-response' as const };
  const added = await addContact({ ...line, languages: '', notes: '', mayPickUpChildren: false }, []);
  if (!added.ok) throw new Error(added.problem);
}

async function contacts() {
  const listed = await listContacts();
  if (!listed.ok) throw new Error(listed.problem);
  return listed.value.contacts;
}

describe('import from a file: settings are chosen, calling contacts shown, records marked', () => {
  useFreshDatabase();
  afterEach(() => closeChanges());

  it("the preview shows an older file's local line as a calling contact it adds, and the language it would change", async () => {
    await phoneLine();
    await saveSetting('language', 'en');
    const preview = await previewImport(checked(numberOnly({ language: 'es' })));
    expect(preview).toMatchObject({
      ok: true,
      value: {
        overlap: { contacts: 0, plan: 0 },
        settings: {
          merge: [{ key: 'language', now: 'en', file: 'es' }],
          replace: [{ key: 'language', now: 'en', file: 'es' }],
        },
        // Not a setting any more: the one-tap number the file brings is shown, never slipped in.
        callingContacts: [
          { name: LOCAL_LINE_NAME, role: 'rapid-response', phones: [FILE_LINE], replaces: false },
        ],
      },
    });
    // "replace" would delete the language the file does not have.
    const noLanguage = await previewImport(checked(numberOnly()));
    expect(noLanguage.ok && noLanguage.value.settings.replace).toEqual([
      { key: 'language', now: 'en', file: undefined },
    ]);
    // A file with the phone's own line and language brings no calling contact, and says nothing.
    await importBackup(checked(numberOnly()), 'merge', 'keep');
    const same = await previewImport(checked(numberOnly({ language: 'en' })));
    expect(same.ok && same.value.settings.merge).toEqual([]);
    expect(same.ok && same.value.callingContacts).toEqual([]);
  });

  it("the file's line comes in marked as from the file, after the phone's own, which stays (merge)", async () => {
    await phoneLine();
    for (const choice of ['keep', 'take'] as const) {
      expect(await importBackup(checked(numberOnly()), 'merge', choice)).toMatchObject({
        ok: true,
        value: { contacts: 1, settings: 0 },
      });
      // The same file again replaces its line, never adds a second copy. Both have place 0 in their lists.
      const saved = await contacts();
      expect(saved.map(({ name, phones, fromFile }) => [name, phones, fromFile])).toEqual([
        [LOCAL_LINE_NAME, [FILE_LINE], true],
        ['Our line', [PHONE_LINE], undefined],
      ]);
      // The one-tap "local line" (emergency bar, help screen, wallet card) stays the phone's own.
      expect(localLineOf(saved)?.phones).toEqual([PHONE_LINE]);
    }
    // Saved from a form, the person has checked it: the mark goes.
    const [line] = await contacts();
    if (!line) throw new Error('missing');
    expect(await updateContact(line)).toMatchObject({ ok: true });
    expect((await contacts())[0]?.fromFile).toBeUndefined();
    expect(localLineOf(await contacts())?.phones).toEqual([FILE_LINE]);
  });

  it("with 'keep' (the screen's default) the phone's language stays; with 'take' the file's is used, marked", async () => {
    await saveSetting('language', 'en');
    for (const mode of ['merge', 'replace'] as const) {
      expect(await importBackup(checked(numberOnly({ language: 'es' })), mode, 'keep')).toMatchObject({
        ok: true,
        value: { settings: 0 },
      });
      expect(await loadSetting('language')).toEqual({ ok: true, value: 'en' });
    }
    expect(await importBackup(checked(numberOnly({ language: 'es' })), 'merge', 'take')).toMatchObject({
      ok: true,
      value: { settings: 1 },
    });
    expect(await loadSettingEntry('language')).toEqual({ ok: true, value: { value: 'es', fromFile: true } });
    await saveSetting('language', 'es');
    expect(await loadSettingEntry('language')).toEqual({ ok: true, value: { value: 'es', fromFile: false } });
  });

  it("an older file's line already among its rapid-response contacts is not added twice", () => {
    const file = {
      ...backupWith({
        contacts: [contact('line', 'Valley line', 0, { role: 'rapid-response', phones: [FILE_LINE] })],
        practice: [],
      }),
      settings: { rapidResponseNumber: '2135550199' }, // the digits as typed before 2026-12: the same number
    };
    expect(checked(JSON.stringify(file)).contacts.map((saved) => saved.id)).toEqual(['line']);
    // 7 digits (no area code) do not say which number it is: nothing is guessed, the rest of the file is read.
    const local = { ...file, contacts: [], settings: { language: 'es', rapidResponseNumber: '5550199' } };
    expect(checked(JSON.stringify(local))).toMatchObject({ contacts: [], settings: { language: 'es' } });
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
      summary: { contacts: 2, plan: 1, settings: ['language'] },
    });
  });

  it('a file cannot carry the mark itself (it is not part of the format)', () => {
    const marked = { ...backupWith(), contacts: [{ ...contact('a', 'A', 0), fromFile: true }], practice: [] };
    expect(parseBackup(JSON.stringify(marked))).toEqual({ ok: false, problem: 'invalid' });
  });
});
