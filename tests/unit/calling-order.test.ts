import { describe, expect, it } from 'vitest';
import { selectForCaregiver } from '../../src/features/plan/caregiver-packet';
import { exportAll } from '../../src/storage/backup/export';
import type { Backup } from '../../src/storage/backup/format';
import { importBackup } from '../../src/storage/backup/import';
import { listContacts } from '../../src/storage/contacts-store';
import { backupWith, contact } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

/*
 * One calling order (byCallingOrder, src/storage/contact-record.ts) for the contact list, the backup file
 * and the caregiver packet. Two lists merged from a file keep their numbers, so places can be equal:
 * then the name decides, then the id.
 */
describe('calling order', () => {
  useFreshDatabase();

  it('is the same in the list, the backup file and the caregiver packet, places shared or not', async () => {
    const caregiver = { role: 'caregiver' as const };
    const contacts = [
      contact('z-2', 'Rosa', 1, caregiver),
      contact('b-1', 'Beto', 1, caregiver),
      contact('a-9', 'Rosa', 1, caregiver),
      contact('c-0', 'Zoe', 0, caregiver),
      contact('d-5', 'Ana', 2, caregiver),
    ];
    const imported = await importBackup(backupWith({ contacts, practice: [] }), 'replace', 'take');
    expect(imported.ok).toBe(true);
    const expected = ['c-0', 'b-1', 'a-9', 'z-2', 'd-5'];

    const listed = await listContacts();
    if (!listed.ok) throw new Error(listed.problem);
    expect(listed.value.contacts.map((saved) => saved.id)).toEqual(expected);

    const file = await exportAll();
    if (!file.ok) throw new Error(file.problem);
    expect((JSON.parse(file.value.text) as Backup).contacts.map((saved) => saved.id)).toEqual(expected);

    expect(selectForCaregiver({}, [...contacts].reverse()).contacts.map((saved) => saved.id)).toEqual(
      expected,
    );
  });
});
