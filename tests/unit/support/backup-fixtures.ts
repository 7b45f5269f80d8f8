import { exportAll } from '../../../src/storage/backup/export';
import { BACKUP_VERSION, type Backup } from '../../../src/storage/backup/format';
import type { Contact } from '../../../src/storage/contact-record';
import { LOCAL_LINE_NAME } from '../../../src/storage/local-line';
import type { Person, PlanRecord, PlanSectionId } from '../../../src/storage/plan-record';
import { saveSection } from '../../../src/storage/plan-store';
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

/** A valid backup of the version this app writes, with two contacts, one practice record, the language, no plan and no alerts. */
export function backupWith(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'defend-your-rights-backup',
    version: BACKUP_VERSION,
    exportedAt: '2026-03-01T12:00:00.000Z',
    settings: { language: 'es' },
    contacts: [
      contact('tia-rosa', 'Tía Rosa', 0, { mayPickUpChildren: true, notes: 'Vive cerca' }),
      contact('lawyer-1', 'Lic. Pérez', 1, { role: 'lawyer', phones: ['+525512345678', '+12135550111'] }),
    ],
    practice: [{ contactId: 'tia-rosa', right: 3, tries: 5, lastTried: '2026-02-28' }],
    plan: {},
    ...overrides,
  };
}

/** The local line an older app kept as a setting (until database version 6), in `olderFile` and `version1File`. */
export const OLDER_LINE = '+12135550199';

/** The contact the older files' local line becomes when read (src/storage/local-line.ts), after their two contacts. */
export const olderLine = (): Contact =>
  contact('local-line', LOCAL_LINE_NAME, 2, { role: 'rapid-response', phones: [OLDER_LINE], languages: '' });

/** `backupWith()` as an app before database version 6 wrote it: the local line in the settings. */
export function olderFile(version = 3): Record<string, unknown> {
  return { ...backupWith(), version, settings: { language: 'es', rapidResponseNumber: OLDER_LINE } };
}

/** The same content as a version 1 file (written before the family plan existed), the local line a setting. */
export function version1File(): Record<string, unknown> {
  const file: Record<string, unknown> = olderFile(1);
  delete file['plan'];
  return file;
}

export const person = (
  id: string,
  fullName: string,
  isChild: boolean,
  extra: Partial<Person> = {},
): Person => ({
  id,
  fullName,
  dateOfBirth: isChild ? '2017-05-02' : '1988-11-20',
  countryOfBirth: isChild ? 'USA' : 'Guatemala',
  aNumber: isChild ? '' : '123456789',
  isChild,
  medicines: isChild ? 'Albuterol inhaler' : 'Metformin',
  allergies: isChild ? 'Peanuts' : '',
  doctor: 'Dr. Soto, (213) 555-0144',
  school: isChild ? 'Lincoln Elementary' : '',
  ...extra,
});

/** A family plan: a mother and a child, the child's care (Tía Rosa picks up), papers, money, raid plan. */
export function planWith(): { [K in PlanSectionId]: PlanRecord<K> } {
  return {
    household: {
      skipped: false,
      data: { people: [person('mama', 'María López Ruiz', false), person('sofi', 'Sofía López', true)] },
    },
    children: {
      skipped: false,
      data: {
        children: [
          {
            childId: 'sofi',
            firstPickUp: 'tia-rosa',
            secondPickUp: '',
            onSchoolList: 'yes',
            authorization: 'caregiver-affidavit',
            papersWhere: 'Blue folder, kitchen drawer',
            whatChildKnows: 'Tía Rosa may pick her up',
          },
        ],
      },
    },
    documents: {
      skipped: false,
      data: {
        items: [
          { id: 'birth-certificates', have: 'yes', originalWhere: 'Blue folder', copyWith: 'Tía Rosa' },
        ],
      },
    },
    legal: {
      skipped: false,
      data: {
        lawyer: 'lawyer-1',
        g28Signed: 'yes',
        g28With: 'Lic. Pérez',
        rapidResponse: '',
        notes: 'Court date in May',
      },
    },
    money: {
      skipped: false,
      data: {
        bankAccess: 'Tía Rosa has the debit card',
        rentAndBills: 'Landlord: Mr. Kim',
        lastPaycheck: '',
        powerOfAttorney: 'no',
        powerOfAttorneyWith: '',
        savings: '$2,000 for a bond',
      },
    },
    myPlan: {
      skipped: false,
      data: {
        atHome: 'Do not open the door',
        atWork: '',
        onStreetOrCar: '',
        callFirst: 'lawyer-1',
        memorized: 'tia-rosa',
        familyMessage: 'I am safe',
      },
    },
    review: { skipped: true, data: { lastReviewed: '' } },
  };
}

/** Saves plan sections through the plan store, as the plan screens do. */
export async function savePlan(plan: Backup['plan']): Promise<void> {
  for (const [section, record] of Object.entries(plan)) {
    const saved = await saveSection(section as never, record as PlanRecord<never>, undefined);
    if (!saved.ok) throw new Error(saved.problem);
  }
}

export const fileOf = (text: string | Uint8Array, name = 'backup.json') =>
  new File([text as BlobPart], name, { type: 'application/json' });

/** Saves data through the app's own stores (settings, two contacts, practice, every plan section), as a person would. */
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
  const ana = await addContact(draft('Ana', '+12135550100'), []);
  if (!ana.ok) throw new Error(ana.problem);
  const beto = await addContact(draft('Beto', '+525512345678'), [ana.value]);
  if (!beto.ok) throw new Error(beto.problem);
  await recordTry(ana.value.id, true, '2026-03-10');
  await recordTry(ana.value.id, false, '2026-03-11');
  await savePlan(planWith());
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
