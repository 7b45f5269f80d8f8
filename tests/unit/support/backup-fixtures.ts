import { exportAll } from '../../../src/storage/backup/export';
import type { Backup } from '../../../src/storage/backup/format';
import type { Contact } from '../../../src/storage/contact-record';
import { addContact, listContacts, type ContactDraft } from '../../../src/storage/contacts-store';
import { recordTry } from '../../../src/storage/practice-store';
import { saveSetting } from '../../../src/storage/settings-store';

export const NOW = new Date('2026-03-14T15:09:26.000Z');

export const contact = (id: string, name: string, order: number, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  phones: ['+12135550100'],
  role: 'family',
  languages: 'Español',
  notes: '',
  mayPickUpChildren: false,
  order,
  ...extra,
});

/** A valid version-1 backup with two contacts, one practice record and both settings. */
export function backupWith(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'defend-your-rights-backup',
    version: 1,
    exportedAt: '2026-03-01T12:00:00.000Z',
    settings: { language: 'es', rapidResponseNumber: '+12135550199' },
    contacts: [
      contact('tia-rosa', 'Tía Rosa', 0, { mayPickUpChildren: true, notes: 'Vive cerca' }),
      contact('lawyer-1', 'Lic. Pérez', 1, { role: 'lawyer', phones: ['+525512345678', '+12135550111'] }),
    ],
    practice: [{ contactId: 'tia-rosa', right: 3, tries: 5, lastTried: '2026-02-28' }],
    ...overrides,
  };
}

export const fileOf = (text: string | Uint8Array, name = 'backup.json') =>
  new File([text as BlobPart], name, { type: 'application/json' });

/** Saves data through the app's own stores, as a person using the app would. */
export async function useTheApp(): Promise<void> {
  const draft = (name: string, phone: string): ContactDraft => ({
    name,
    phones: [phone],
    role: 'family',
    languages: '',
    notes: '<img src=x onerror=alert(1)>',
    mayPickUpChildren: true,
  });
  await saveSetting('language', 'es');
  await saveSetting('rapidResponseNumber', '5551234567');
  const ana = await addContact(draft('Ana', '+12135550100'), []);
  if (!ana.ok) throw new Error(ana.problem);
  const beto = await addContact(draft('Beto', '+525512345678'), [ana.value]);
  if (!beto.ok) throw new Error(beto.problem);
  await recordTry(ana.value.id, true, '2026-03-10');
  await recordTry(ana.value.id, false, '2026-03-11');
}

/** Everything stored, as the text of a backup made at a fixed time (to compare before and after). */
export async function everything(): Promise<string> {
  const exported = await exportAll(NOW);
  if (!exported.ok) throw new Error(exported.problem);
  return exported.value.text;
}

export async function contactNames(): Promise<string[]> {
  const list = await listContacts();
  if (!list.ok) throw new Error(list.problem);
  return list.value.contacts.map((saved) => saved.name);
}
