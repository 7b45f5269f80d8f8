import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeChanges } from '../../src/storage/changes';
import { exportAll, storedSummary } from '../../src/storage/backup/export';
import { BACKUP_VERSION, MAX_FILE_BYTES, type Backup } from '../../src/storage/backup/format';
import { importBackup, mergeOverlap } from '../../src/storage/backup/import';
import { parseBackup, readBackupFile } from '../../src/storage/backup/read-file';
import { addContact, listContacts } from '../../src/storage/contacts-store';
import { loadAlerts, saveAlert, saveSender } from '../../src/storage/alert-store';
import { NEW_ALERT } from '../../src/storage/alert-record';
import { closeDB } from '../../src/storage/db';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { loadPractice } from '../../src/storage/practice-store';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { LOCAL_LINE_NAME } from '../../src/storage/local-line';
import { deleteAllData } from '../../src/storage/wipe';
import {
  NOW,
  backupWith,
  contact,
  contactNames,
  everything,
  fileOf,
  person,
  planWith,
  useTheApp,
  olderFile,
  olderLine,
  version1File,
} from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

const CHANNEL = 'defend-your-rights-changes';

async function importText(text: string, mode: 'merge' | 'replace') {
  const checked = parseBackup(text);
  if (!checked.ok) throw new Error(checked.problem);
  return importBackup(checked.backup, mode, 'take');
}

/** The stored plan, without revisions: only the sections that were saved. */
async function storedPlan() {
  const loaded = await loadPlan();
  if (!loaded.ok) throw new Error(loaded.problem);
  return Object.fromEntries(
    Object.entries(loaded.value.plan)
      .filter(([, section]) => section.rev !== undefined)
      .map(([id, { skipped, data }]) => [id, { skipped, data }]),
  );
}

describe('backup: export and import', () => {
  useFreshDatabase();
  afterEach(() => {
    vi.restoreAllMocks();
    closeChanges();
  });

  it("leaves this phone's own settings out of the file without counting them as unreadable", async () => {
    await useTheApp();
    await saveSetting('usState', 'CA');
    await saveSetting('autoLock', '1');
    await saveSetting('lockOffered', 'yes');
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    expect(exported.value.unreadable).toBe(0);
    expect(exported.value.summary.settings).toEqual(['language']);
  });

  it('export → delete everything → import gives back every contact, practice record, setting and plan section', async () => {
    await useTheApp();
    const before = await everything();
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    expect(exported.value.fileName).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.value.summary).toEqual({
      exportedAt: NOW.toISOString(),
      contacts: 2,
      practice: 1,
      plan: 7,
      settings: ['language'],
      records: 0,
    });

    expect((await deleteAllData()).ok).toBe(true);
    await closeDB();
    expect(await contactNames()).toEqual([]);
    expect(await storedPlan()).toEqual({});

    const checked = await readBackupFile(fileOf(exported.value.text));
    expect(checked).toMatchObject({ ok: true, summary: exported.value.summary });
    if (!checked.ok) return;
    expect(await importBackup(checked.backup, 'merge', 'take')).toEqual({
      ok: true,
      value: { contacts: 2, practice: 1, settings: 1, plan: 7, records: 0 },
    });
    expect(await everything()).toBe(before);
    expect(await storedPlan()).toEqual(planWith());
    expect(await contactNames()).toEqual(['Ana', 'Beto']);
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    expect(await listContacts()).toMatchObject({
      ok: true,
      value: { contacts: [{ notes: '<img src=x onerror=alert(1)>', mayPickUpChildren: true }, {}] },
    });
  });

  it('the file is readable JSON in the documented shape', async () => {
    await useTheApp();
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    const file = JSON.parse(exported.value.text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'contacts',
      'practice',
      'plan',
      'alerts',
    ]);
    expect(Object.keys(file['plan'] as object)).toEqual([
      'household',
      'children',
      'documents',
      'legal',
      'money',
      'myPlan',
      'review',
    ]);
    expect(file).toMatchObject({
      format: 'defend-your-rights-backup',
      version: BACKUP_VERSION,
      exportedAt: '2026-03-14T15:09:26.000Z',
      // The local line is a contact since database version 6: no longer written as a setting.
      settings: { language: 'es' },
      contacts: [
        { name: 'Ana', phones: ['+12135550100'], order: 0 },
        { name: 'Beto', phones: ['+525512345678'], order: 1 },
      ],
      practice: [{ right: 1, tries: 2, lastTried: '2026-03-11' }],
      plan: planWith(),
    });
  });

  it('version 5: the alert set-up and a contact’s message language and landline mark go out and come back, marked as from the file', async () => {
    const rosa = await addContact({ ...contact('x', 'Rosa', 0), messageLanguage: 'es', landline: true }, []);
    if (!rosa.ok) throw new Error(rosa.problem);
    const home = {
      messages: { en: 'At home', es: 'En la casa' },
      usePlanMessage: false,
      recipients: [rosa.value.id],
    };
    await saveAlert('home', home, undefined);
    await saveSender({ name: 'Ana' }, undefined);
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    const file = JSON.parse(exported.value.text) as Backup;
    expect(file.alerts).toEqual({ home, sender: { name: 'Ana' } });
    expect(file.contacts[0]).toMatchObject({ messageLanguage: 'es', landline: true });
    await deleteAllData();
    expect(await importText(exported.value.text, 'replace')).toMatchObject({ ok: true });
    const alerts = await loadAlerts();
    expect(alerts.ok && alerts.value.alerts.get('home')).toEqual({ ...home, fromFile: true, rev: 1 });
    expect(alerts.ok && alerts.value.sender).toEqual({ name: 'Ana', rev: 1 });
    const contacts = await listContacts();
    expect(contacts.ok && contacts.value.contacts[0]).toMatchObject({
      messageLanguage: 'es',
      landline: true,
    });
  });

  it('version 6: a contact’s message language may be a whole-app pack language, and it comes back', async () => {
    const ana = await addContact({ ...contact('x', 'Ana', 0), messageLanguage: 'ht' }, []);
    if (!ana.ok) throw new Error(ana.problem);
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    const file = JSON.parse(exported.value.text) as Backup;
    expect(file.version).toBe(7); // pack message languages since version 6; own pack messages since 7
    expect(file.contacts[0]).toMatchObject({ messageLanguage: 'ht' });
    await deleteAllData();
    expect(await importText(exported.value.text, 'replace')).toMatchObject({ ok: true });
    const contacts = await listContacts();
    expect(contacts.ok && contacts.value.contacts[0]).toMatchObject({ name: 'Ana', messageLanguage: 'ht' });
  });

  it('a version 5 file (message languages English and Spanish only) is still read, as version 7', () => {
    const five = {
      ...backupWith(),
      version: 5,
      contacts: [contact('a', 'Ana', 0, { messageLanguage: 'es' })],
    };
    expect(parseBackup(JSON.stringify(five))).toMatchObject({
      ok: true,
      backup: { version: 7, contacts: [{ id: 'a', messageLanguage: 'es' }] },
    });
  });

  it('version 7: the person’s own message in a pack language goes out and comes back', async () => {
    const marie = await addContact({ ...contact('x', 'Marie', 0), messageLanguage: 'fr' }, []);
    if (!marie.ok) throw new Error(marie.problem);
    const home = {
      messages: { en: '', es: '', fr: 'C’est [mon nom]. Des agents sont à la maison.' },
      usePlanMessage: false,
      recipients: [marie.value.id],
    };
    expect(await saveAlert('home', home, undefined)).toMatchObject({ ok: true });
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    const file = JSON.parse(exported.value.text) as Backup;
    expect(file.version).toBe(7);
    expect(file.alerts?.home?.messages).toEqual(home.messages);
    await deleteAllData();
    expect(await importText(exported.value.text, 'replace')).toMatchObject({ ok: true });
    const alerts = await loadAlerts();
    expect(alerts.ok && alerts.value.alerts.get('home')).toEqual({ ...home, fromFile: true, rev: 1 });
  });

  it('a version 6 file (own messages in English and Spanish only) is still read, as version 7', () => {
    const home = { messages: { en: 'At home', es: 'En la casa' }, usePlanMessage: false, recipients: ['a'] };
    const six = {
      ...backupWith(),
      version: 6,
      contacts: [contact('a', 'Marie', 0, { messageLanguage: 'fr' })],
      alerts: { home, sender: { name: 'Ana' } },
    };
    expect(parseBackup(JSON.stringify(six))).toEqual({
      ok: true,
      backup: { ...six, version: 7 },
      summary: expect.objectContaining({ contacts: 1 }),
    });
  });

  it('exports only the plan sections that were saved', async () => {
    await saveSection('money', planWith().money, undefined);
    const exported = await exportAll(NOW);
    if (!exported.ok) throw new Error(exported.problem);
    expect((JSON.parse(exported.value.text) as { plan: unknown }).plan).toEqual({ money: planWith().money });
    expect(exported.value.summary.plan).toBe(1);
  });

  it('a version 2 file (no extensions) is still read, as version 5; an extension comes in from a version 3 file', async () => {
    expect(parseBackup(JSON.stringify({ ...backupWith(), version: 2 }))).toMatchObject({
      ok: true,
      backup: backupWith(),
    });
    // Its local line, a setting then, is read as a contact.
    expect(parseBackup(JSON.stringify(olderFile(2)))).toEqual({
      ok: true,
      backup: backupWith({ contacts: [...backupWith().contacts, olderLine()] }),
      summary: expect.objectContaining({ contacts: 3, settings: ['language'] }),
    });
    const office = backupWith({
      contacts: [contact('office', 'Oficina', 0, { phones: ['+12135550100;ext=123'] })],
    });
    expect(parseBackup(JSON.stringify({ ...office, version: 3 }))).toMatchObject({
      ok: true,
      backup: office,
    });
  });

  it('a version 1 file (no plan) is still read and imported; merge keeps the stored plan', async () => {
    await useTheApp();
    const checked = await readBackupFile(fileOf(JSON.stringify(version1File())));
    expect(checked).toEqual({
      ok: true,
      // Its local line, a setting then, comes as a rapid-response contact after the file's own.
      backup: backupWith({ contacts: [...backupWith().contacts, olderLine()] }),
      summary: {
        exportedAt: '2026-03-01T12:00:00.000Z',
        contacts: 3,
        practice: 1,
        plan: 0,
        settings: ['language'],
        records: 0,
      },
    });
    if (!checked.ok) return;
    expect(await importBackup(checked.backup, 'merge', 'take')).toEqual({
      ok: true,
      value: { contacts: 3, practice: 1, settings: 1, plan: 0, records: 0 },
    });
    expect(await contactNames()).toEqual(['Ana', 'Tía Rosa', 'Beto', 'Lic. Pérez', LOCAL_LINE_NAME]);
    expect(await storedPlan()).toEqual(planWith());
    expect(await importBackup(checked.backup, 'replace', 'take')).toMatchObject({ ok: true });
    expect(await contactNames()).toEqual(['Tía Rosa', 'Lic. Pérez', LOCAL_LINE_NAME]);
    expect(await storedPlan()).toEqual({});
  });

  it('merge: a plan section in the file replaces the stored one, the others stay, revisions count up', async () => {
    await useTheApp();
    const opened = await loadPlan();
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.value.plan.household.rev).toBe(1);
    const household = { skipped: false, data: { people: [person('abuela', 'Rosa Ruiz', false)] } };
    const review = { skipped: false, data: { lastReviewed: '2026-03-01' } };
    expect(await importText(JSON.stringify(backupWith({ plan: { household, review } })), 'merge')).toEqual({
      ok: true,
      value: { contacts: 2, practice: 1, settings: 1, plan: 2, records: 0 },
    });
    expect(await storedPlan()).toEqual({ ...planWith(), household, review });
    const after = await loadPlan();
    expect(after.ok && after.value.plan.household.rev).toBe(2);
    expect(after.ok && after.value.plan.children.rev).toBe(1);
    // A plan screen still holding the section it read before the import cannot save over it.
    expect(
      await saveSection('household', opened.value.plan.household, opened.value.plan.household.rev),
    ).toEqual({ ok: false, problem: 'stale' });
    expect(await storedPlan()).toEqual({ ...planWith(), household, review });
  });

  it('before a merge, counts the contacts and plan sections on this phone that the file would replace', async () => {
    const review = { skipped: false, data: { lastReviewed: '2026-01-01' } };
    const file = backupWith({
      contacts: [contact('tia-rosa', 'Rosa (from the file)', 0), contact('lic', 'Lic. Pérez', 1)],
      plan: { household: planWith().household, children: planWith().children },
    });
    expect(await mergeOverlap(file)).toEqual({ ok: true, value: { contacts: 0, plan: 0 } }); // an empty phone

    await importText(
      JSON.stringify(
        backupWith({
          contacts: [contact('tia-rosa', 'Rosa', 0), contact('vecino', 'Vecino', 1)],
          plan: { household: planWith().household, review },
        }),
      ),
      'replace',
    );
    expect(await mergeOverlap(file)).toEqual({ ok: true, value: { contacts: 1, plan: 1 } });
    // Counting changes nothing.
    expect(await contactNames()).toEqual(['Rosa', 'Vecino']);
  });

  it('merge adds the file to what is stored; the file wins for the same contact and for settings', async () => {
    await importText(
      JSON.stringify(
        backupWith({
          settings: { language: 'en' },
          contacts: [contact('tia-rosa', 'Rosa (old)', 0), contact('vecino', 'Vecino', 2)],
          practice: [{ contactId: 'vecino', right: 1, tries: 1, lastTried: '2026-01-01' }],
        }),
      ),
      'replace',
    );
    expect(await importText(JSON.stringify(backupWith()), 'merge')).toMatchObject({ ok: true });
    expect(await contactNames()).toEqual(['Tía Rosa', 'Lic. Pérez', 'Vecino']);
    expect(await loadSetting('language')).toEqual({ ok: true, value: 'es' });
    const practice = await loadPractice();
    expect(practice.ok && [...practice.value.keys()].sort()).toEqual(['tia-rosa', 'vecino']);
  });

  it('replace deletes everything stored first, in the same import', async () => {
    await useTheApp();
    expect(
      await importText(JSON.stringify(backupWith({ settings: {}, practice: [] })), 'replace'),
    ).toMatchObject({ ok: true, value: { contacts: 2, practice: 0, settings: 0, plan: 0 } });
    expect(await contactNames()).toEqual(['Tía Rosa', 'Lic. Pérez']);
    expect(await storedPlan()).toEqual({});
    expect(await loadSetting('language')).toEqual({ ok: true, value: undefined });
    expect(await loadPractice()).toEqual({ ok: true, value: new Map() });
  });

  it('replace keeps only the plan sections of the file, with revisions counting on', async () => {
    await useTheApp();
    const children = planWith().children;
    expect(await importText(JSON.stringify(backupWith({ plan: { children } })), 'replace')).toMatchObject({
      ok: true,
      value: { plan: 1 },
    });
    expect(await storedPlan()).toEqual({ children });
    const after = await loadPlan();
    expect(after.ok && after.value.plan.children.rev).toBe(2);
  });

  it('an imported contact replaces an open copy: a later save from that copy is refused as stale', async () => {
    await importText(JSON.stringify(backupWith()), 'replace');
    const list = await listContacts();
    const rosa = list.ok ? list.value.contacts[0] : undefined;
    if (!rosa) throw new Error('no Rosa');
    await importText(JSON.stringify(backupWith()), 'replace');
    const { updateContact } = await import('../../src/storage/contacts-store');
    expect(await updateContact({ ...rosa, notes: 'old tab' })).toEqual({ ok: false, problem: 'stale' });
  });

  it('tells the other open tabs that everything changed', async () => {
    const otherTab = new BroadcastChannel(CHANNEL);
    const heard = new Promise<unknown>((resolve) => (otherTab.onmessage = (event) => resolve(event.data)));
    await importText(JSON.stringify(backupWith()), 'merge');
    expect(await heard).toBe('all');
    otherTab.close();
  });

  for (const mode of ['merge', 'replace'] as const) {
    it(`a full device in the middle of an import (${mode}) changes nothing stored`, async () => {
      await useTheApp();
      const before = await everything();
      let puts = 0;
      const put = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      });
      expect(await importText(JSON.stringify(backupWith()), mode)).toEqual({ ok: false, problem: 'quota' });
      expect(puts).toBe(3); // it failed half way, after two records were written
      vi.restoreAllMocks();
      await closeDB();
      expect(await everything()).toBe(before);
    });
  }

  it('says "unavailable" where IndexedDB is missing, for export, summary and import', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', undefined);
    expect(await exportAll()).toEqual({ ok: false, problem: 'unavailable' });
    expect(await storedSummary()).toEqual({ ok: false, problem: 'unavailable' });
    expect(await importBackup(backupWith(), 'merge', 'take')).toEqual({ ok: false, problem: 'unavailable' });
    vi.unstubAllGlobals();
  });

  it('counts what is stored for the "Your data" screen', async () => {
    expect(await storedSummary()).toMatchObject({
      ok: true,
      value: { contacts: 0, practice: 0, plan: 0, settings: [], records: 0 },
    });
    await useTheApp();
    expect(await storedSummary()).toMatchObject({
      ok: true,
      value: { contacts: 2, practice: 1, plan: 7, settings: ['language'], records: 0 },
    });
  });
});

describe('backup: refused files change nothing', () => {
  useFreshDatabase();
  afterEach(() => vi.restoreAllMocks());

  const valid = backupWith();
  const text = (value: unknown) => JSON.stringify(value);
  const cases: Array<[string, string | Uint8Array, string]> = [
    ['corrupt JSON', text(valid).slice(0, -10), 'not-json'],
    ['an empty file', '', 'not-json'],
    ['bytes that are not text', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'not-json'],
    ['JSON that is not a backup', text({ contacts: [] }), 'wrong-format'],
    ['a JSON array', text([valid]), 'wrong-format'],
    ["another app's file", text({ ...valid, format: 'other-backup' }), 'wrong-format'],
    // Version 4 is the encrypted file (src/storage/backup/envelope.ts): plain versions skip it.
    ['a newer version', text({ ...valid, version: BACKUP_VERSION + 1, pets: [] }), 'newer-version'],
    ['a plain file that says it is encrypted (version 4)', text({ ...valid, version: 4 }), 'invalid'],
    [
      'a message language in a version 3 file (version 5 added it)',
      text({ ...valid, version: 3, contacts: [contact('a', 'Ana', 0, { messageLanguage: 'es' })] }),
      'invalid',
    ],
    [
      'a pack message language in a version 5 file (version 6 added them)',
      text({ ...valid, version: 5, contacts: [contact('a', 'Ana', 0, { messageLanguage: 'fr' })] }),
      'invalid',
    ],
    [
      'an own message in a pack language in a version 6 file (version 7 added them)',
      text({
        ...valid,
        version: 6,
        alerts: { home: { ...NEW_ALERT, messages: { en: '', es: '', fr: 'Allô' } } },
      }),
      'invalid',
    ],
    [
      'an own message in a pack language in a version 5 file',
      text({
        ...valid,
        version: 5,
        alerts: { work: { ...NEW_ALERT, messages: { en: '', es: '', ar: 'مرحبا' } } },
      }),
      'invalid',
    ],
    [
      'an own message in a language of the emergency core',
      text({ ...valid, alerts: { home: { ...NEW_ALERT, messages: { en: '', es: '', ko: '안녕' } } } }),
      'invalid',
    ],
    [
      'an own message over the limit in a pack language',
      text({
        ...valid,
        alerts: { home: { ...NEW_ALERT, messages: { en: '', es: '', vi: 'a'.repeat(1001) } } },
      }),
      'invalid',
    ],
    [
      'a message language of the emergency core (its pack has no alert strings)',
      text({ ...valid, contacts: [contact('a', 'Ana', 0, { messageLanguage: 'ko' as 'en' })] }),
      'invalid',
    ],
    [
      'alerts in a version 3 file (version 5 added them)',
      text({ ...valid, version: 3, alerts: {} }),
      'unknown-section',
    ],
    ['a situation this version does not know', text({ ...valid, alerts: { party: {} } }), 'invalid'],
    ['a version that never existed', text({ ...valid, version: 0 }), 'invalid'],
    ['the version as text', text({ ...valid, version: '1' }), 'invalid'],
    [
      'a section this version does not know',
      text({ ...valid, pets: { meetingPlace: 'x' } }),
      'unknown-section',
    ],
    [
      'a version 1 file with a plan (version 1 had none)',
      text({ ...version1File(), plan: { meetingPlace: 'x' } }),
      'unknown-section',
    ],
    ['a plan that is not an object', text({ ...valid, plan: [] }), 'invalid'],
    ['a missing plan in a version 5 file', text({ ...valid, plan: undefined }), 'invalid'],
    ['a plan section this version does not know', text({ ...valid, plan: { pets: {} } }), 'invalid'],
    [
      'an A-number that is not 8 or 9 digits',
      text({
        ...valid,
        plan: {
          household: { skipped: false, data: { people: [person('p', 'P', false, { aNumber: 'A-12' })] } },
        },
      }),
      'invalid',
    ],
    [
      'a field smuggled into a person of the plan',
      text({
        ...valid,
        plan: {
          household: { skipped: false, data: { people: [{ ...person('p', 'P', false), status: 'x' }] } },
        },
      }),
      'invalid',
    ],
    [
      'a field smuggled into a plan section',
      text({ ...valid, plan: { review: { skipped: false, data: { lastReviewed: '' }, note: 'x' } } }),
      'invalid',
    ],
    [
      'a pick-up person that is not a contact id',
      text({
        ...valid,
        plan: {
          children: {
            skipped: false,
            data: { children: [{ ...planWith().children.data.children[0], firstPickUp: 'a b' }] },
          },
        },
      }),
      'invalid',
    ],
    [
      'a plan section that is not marked skipped or not',
      text({ ...valid, plan: { money: { data: planWith().money.data } } }),
      'invalid',
    ],
    ['a missing section', text({ ...valid, practice: undefined }), 'invalid'],
    [
      'a name that is a number',
      text({ ...valid, contacts: [{ ...valid.contacts[0], name: 42 }] }),
      'invalid',
    ],
    [
      'a name of 10,000 characters',
      text({ ...valid, contacts: [{ ...valid.contacts[0], name: 'x'.repeat(10_000) }] }),
      'invalid',
    ],
    [
      'a phone number not in international form',
      text({ ...valid, contacts: [{ ...valid.contacts[0], phones: ['213 555 0100'] }] }),
      'invalid',
    ],
    [
      'a field smuggled into a contact',
      text({ ...valid, contacts: [{ ...valid.contacts[0], photo: 'x'.repeat(100_000) }] }),
      'invalid',
    ],
    ['an unknown setting', text({ ...valid, settings: { theme: 'dark' } }), 'invalid'],
    ['a date that is not a date', text({ ...valid, exportedAt: 'yesterday' }), 'invalid'],
    [
      'more than 1,000 contacts',
      text({ ...valid, contacts: Array.from({ length: 1001 }, (_, i) => contact(`c${i}`, `C ${i}`, i)) }),
      'invalid',
    ],
    [
      'two contacts with the same id',
      text({ ...valid, contacts: [valid.contacts[0], { ...valid.contacts[1], id: 'tia-rosa' }] }),
      'duplicate-id',
    ],
    [
      'two practice records for the same contact',
      text({ ...valid, practice: [valid.practice[0], valid.practice[0]] }),
      'duplicate-id',
    ],
  ];

  for (const [what, content, problem] of cases) {
    it(`refuses ${what} as "${problem}"`, async () => {
      await useTheApp();
      const before = await everything();
      expect(await readBackupFile(fileOf(content))).toEqual({ ok: false, problem });
      expect(await everything()).toBe(before);
    });
  }

  it('refuses a file over 5 MB without reading it', async () => {
    const file = fileOf(' '.repeat(MAX_FILE_BYTES + 1));
    const read = vi.spyOn(file, 'arrayBuffer');
    const readText = vi.spyOn(file, 'text');
    expect(await readBackupFile(file)).toEqual({ ok: false, problem: 'too-large' });
    expect(read).not.toHaveBeenCalled();
    expect(readText).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 5 MB', async () => {
    const json = text(valid);
    const file = fileOf(json + ' '.repeat(MAX_FILE_BYTES - new TextEncoder().encode(json).length));
    expect(file.size).toBe(MAX_FILE_BYTES);
    expect(await readBackupFile(file)).toMatchObject({ ok: true, summary: { contacts: 2 } });
  });

  it('says "unreadable" when the browser cannot read the file', async () => {
    const file = fileOf(text(valid));
    vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    expect(await readBackupFile(file)).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('import refuses a backup that did not pass the check, and writes nothing', async () => {
    await useTheApp();
    const before = await everything();
    const smuggled = { ...valid, contacts: [{ ...valid.contacts[0], notes: 'x'.repeat(5000) }] };
    expect(await importBackup(smuggled as never, 'replace', 'take')).toEqual({
      ok: false,
      problem: 'invalid',
    });
    const badPlan = { ...valid, plan: { myPlan: { skipped: false, data: { atHome: 'x'.repeat(5000) } } } };
    expect(await importBackup(badPlan as never, 'replace', 'take')).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(await importBackup(badPlan as never, 'merge', 'take')).toEqual({ ok: false, problem: 'invalid' });
    expect(await importBackup(valid, 'overwrite' as never, 'take')).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(await everything()).toBe(before);
  });

  it('reads a file with a byte-order mark, and names what it holds', async () => {
    expect(await readBackupFile(fileOf(`\uFEFF${text(valid)}`))).toEqual({
      ok: true,
      backup: valid,
      summary: {
        exportedAt: '2026-03-01T12:00:00.000Z',
        contacts: 2,
        practice: 1,
        plan: 0,
        settings: ['language'],
        records: 0,
      },
    });
  });
});
