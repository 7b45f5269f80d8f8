import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/storage/backup/read-file';
import { importBackup } from '../../src/storage/backup/import';
import { listContacts } from '../../src/storage/contacts-store';
import { loadPlan } from '../../src/storage/plan-store';
import { backupWith, contact, planWith, version1File } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

/*
 * A backup file from someone else cannot slip in the characters no stored text may hold (a name with
 * U+202E prints the number beside it backwards): they are taken out of every text before the file is
 * checked, each field by its own rule, so the file is read as the app's own forms would have kept it.
 */
describe('direction controls in a backup file', () => {
  useFreshDatabase();

  it('are taken out of contacts and plan texts before the file is checked, and never stored', async () => {
    const plan = planWith();
    const legal = { ...plan.legal.data, g28With: '\u2067Ana\u2069', notes: 'Line one\n\u202eLine two\t.' };
    const file = backupWith({
      contacts: [
        contact('rosa', '\u202eRosa\u0000 Pérez', 0, {
          notes: 'Key\r\nunder the mat\u0085',
          languages: 'Es\u202a',
        }),
        contact('leila', 'ليلى\u200f', 1), // a direction mark real names need: kept
      ],
      practice: [],
      plan: { ...plan, legal: { skipped: false, data: legal } },
    });

    const checked = parseBackup(JSON.stringify(file));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.backup.contacts.map(({ name, notes, languages }) => ({ name, notes, languages }))).toEqual(
      [
        { name: 'Rosa Pérez', notes: 'Key\r\nunder the mat', languages: 'Es' },
        { name: 'ليلى\u200f', notes: '', languages: 'Español' },
      ],
    );
    expect(checked.backup.plan.legal?.data).toEqual({
      ...legal,
      g28With: 'Ana',
      notes: 'Line one\nLine two\t.',
    });

    expect(await importBackup(checked.backup, 'replace', 'take')).toMatchObject({ ok: true });
    const stored = await listContacts();
    expect(stored.ok && stored.value.contacts.map((saved) => saved.name)).toEqual([
      'Rosa Pérez',
      'ليلى\u200f',
    ]);
    const storedPlan = await loadPlan();
    expect(storedPlan.ok && storedPlan.value.plan.legal.data.g28With).toBe('Ana');
  });

  it('are taken out of a version 1 file too; a line break in a one-line field becomes a space', () => {
    const file = version1File();
    file['contacts'] = [contact('rosa', 'Rosa\nPérez\u202e', 0)];
    const checked = parseBackup(JSON.stringify(file));
    expect(checked.ok && checked.backup.contacts[0]?.name).toBe('Rosa Pérez');
  });

  it('leave everything else to the check: an id with one is still refused', () => {
    const file = backupWith({ contacts: [contact('ro\u202esa', 'Rosa', 0)], practice: [] });
    expect(parseBackup(JSON.stringify(file))).toEqual({ ok: false, problem: 'invalid' });
  });
});
