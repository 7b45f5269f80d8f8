// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/content/format-date';
import { formatPhone } from '../../src/shared/phone';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import { exportCaregiverPacket } from '../../src/features/plan/caregiver-file';
import type { Backup } from '../../src/storage/backup/format';
import { importBackup } from '../../src/storage/backup/import';
import { closeChanges } from '../../src/storage/changes';
import { closeDB } from '../../src/storage/db';
import { forgetEpoch } from '../../src/storage/epoch';
import { NOW, backupWith, contact, person } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

/*
 * The printed caregiver packet and the caregiver packet file must hold the same things. Each test
 * stores a family's data as the app would, prints the packet (the real screen) and saves the file
 * from the same data, and compares them. Every free text the family typed is either on both or on
 * neither.
 */

const CONTACTS = [
  contact('rosa', 'Rosa Pérez', 0, { role: 'caregiver', phones: ['+12135550111'], notes: 'Has a house key' }),
  contact('beto', 'Beto Ramos', 1, {
    mayPickUpChildren: true,
    phones: ['+12135550122'],
    languages: 'Mixteco',
  }),
  contact('pat', 'Pat Wong', 2, { role: 'lawyer', phones: ['+12135550133'] }),
  contact('line', 'Valley Rapid Response', 3, { role: 'rapid-response', phones: ['+12135550144'] }),
  contact('boss', 'Mr. Kim', 4, { role: 'employer', phones: ['+12135550155'] }),
  contact('lupe', 'Tía Lupe', 5, { phones: ['+12135550166'] }),
  contact('neighbor', 'Doña Carmen', 6, { phones: ['+12135550177'] }),
  contact('consul', 'Consulate of Mexico', 7, { role: 'consulate', phones: ['+12135550188'] }),
];

/** A family's data with a different answer in every field, so each can be looked for on its own. */
function family(): Backup {
  return backupWith({
    settings: { language: 'es' },
    contacts: CONTACTS,
    practice: [],
    plan: {
      household: {
        skipped: false,
        data: {
          people: [
            person('mama', 'María López Ruiz', false, { medicines: 'Metformin', doctor: 'Dr. Adult' }),
            person('sofi', 'Sofía López', true, {
              aNumber: '987654321',
              countryOfBirth: 'Guatemala',
              medicines: 'Albuterol inhaler',
              allergies: 'Peanuts',
              doctor: 'Valley Clinic',
              school: 'Lincoln Elementary',
            }),
            person('leo', 'Leo López', true, {
              dateOfBirth: '2020-09-15',
              medicines: 'Iron drops',
              allergies: 'Penicillin',
              doctor: 'Dr. Child Two',
              school: 'Sunshine Daycare',
            }),
          ],
        },
      },
      children: {
        skipped: false,
        data: {
          children: [
            {
              childId: 'sofi',
              firstPickUp: 'lupe',
              secondPickUp: 'gone',
              onSchoolList: 'yes',
              authorization: 'caregiver-affidavit',
              papersWhere: 'Blue folder, kitchen drawer',
              whatChildKnows: 'Auntie picks her up if mamá is late',
            },
            // Someone no longer in the household: their care stays out of both.
            {
              childId: 'moved-out',
              firstPickUp: 'neighbor',
              secondPickUp: '',
              onSchoolList: 'no',
              authorization: 'verbal',
              papersWhere: 'Shoebox in the closet',
              whatChildKnows: 'An old answer',
            },
          ],
        },
      },
      documents: {
        skipped: false,
        data: {
          items: [
            {
              id: 'birth-certificates',
              have: 'yes',
              originalWhere: 'Safe box',
              copyWith: 'Rosa at her home',
            },
            { id: 'passports', have: 'no', originalWhere: 'Old suitcase', copyWith: '' },
            { id: 'own-paper', have: 'yes', originalWhere: 'Glove box', copyWith: '' },
          ],
        },
      },
      legal: {
        skipped: false,
        data: {
          lawyer: 'pat',
          g28Signed: 'yes',
          g28With: 'Cousin Ana keeps it',
          rapidResponse: 'line',
          notes: 'Court date in May',
        },
      },
      money: {
        skipped: false,
        data: {
          bankAccess: 'Debit card in the drawer',
          rentAndBills: 'Landlord Mr. Park',
          lastPaycheck: 'Friday at the plant',
          powerOfAttorney: 'no',
          powerOfAttorneyWith: '',
          savings: '$2,000 for a bond',
        },
      },
      myPlan: {
        skipped: false,
        data: {
          atHome: 'Do not open the door',
          atWork: 'Stay silent',
          onStreetOrCar: 'Ask if I may leave',
          callFirst: 'consul',
          memorized: 'boss',
          familyMessage: 'I am safe',
        },
      },
      review: { skipped: false, data: { lastReviewed: '2026-01-10' } },
    },
  });
}

/** Ids, links to contacts and answers picked from a list: not text the family typed. */
const NOT_TYPED = [
  'id',
  'childId',
  'role',
  'firstPickUp',
  'secondPickUp',
  'onSchoolList',
  'authorization',
  'have',
  'lawyer',
  'g28Signed',
  'rapidResponse',
  'powerOfAttorney',
  'callFirst',
  'memorized',
];

/** Every text the family typed (dates aside), and every phone number. */
function typedTexts(backup: Backup): string[] {
  const texts = new Set<string>();
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (value !== '' && !NOT_TYPED.includes(key) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) texts.add(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk({ contacts: backup.contacts, plan: backup.plan });
  return [...texts];
}

let root: HTMLElement;
let CaregiverPacketScreen: preact.FunctionComponent;

beforeAll(async () => {
  await initI18n('en');
  // Imported once i18next has started: the screen adds the plan's strings, as in the app.
  CaregiverPacketScreen = (await import('../../src/features/plan/CaregiverPacketScreen')).default;
});

beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  render(null, root);
  root.remove();
  closeChanges();
});

/** Stores a backup through the app's own import, as a person would bring in a file. */
async function store(backup: Backup): Promise<void> {
  const imported = await importBackup(backup, 'replace', 'take');
  if (!imported.ok) throw new Error(imported.problem);
}

/**
 * The printed packet's text, from the real screen once it has read the device; `include`: the person
 * checks "Print where the immigration papers are" first.
 */
async function printout(include = false): Promise<string> {
  const t = i18next.getFixedT('en');
  await act(() => {
    render(
      <I18nContext.Provider value={{ language: 'en', t, setLanguage: () => Promise.resolve() }}>
        <CaregiverPacketScreen />
      </I18nContext.Provider>,
      root,
    );
  });
  for (let tries = 0; !root.querySelector('.packet-contacts'); tries += 1) {
    if (tries > 200) throw new Error(`the printout did not load: ${root.textContent ?? ''}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  if (include) await act(() => root.querySelector<HTMLInputElement>('#print-choice')?.click());
  const text = root.querySelector('.printout')?.textContent ?? '';
  render(null, root);
  return text;
}

/** The caregiver packet file saved from what is stored; `include`: with where the immigration papers are. */
async function file(include = false): Promise<{ text: string; backup: Backup }> {
  const made = await exportCaregiverPacket(NOW, { immigrationPapers: include });
  if (!made.ok) throw new Error(made.problem);
  return { text: made.value.text, backup: JSON.parse(made.value.text) as Backup };
}

describe('the printed caregiver packet and the caregiver packet file', () => {
  useFreshDatabase();

  it('hold the same things: every text the family typed is on both or on neither', async () => {
    const data = family();
    await store(data);
    const paper = await printout();
    const saved = await file();

    const onPaper = (text: string) => paper.includes(text);
    const inFile = (text: string) => saved.text.includes(JSON.stringify(text));
    const phones = data.contacts.flatMap((c) => c.phones);
    const disagree = [
      ...typedTexts(data).filter((text) => !phones.includes(text) && onPaper(text) !== inFile(text)),
      ...phones.filter((phone) => onPaper(formatPhone(phone)) !== inFile(phone)),
    ];
    expect(disagree).toEqual([]);

    // And both hold what a caregiver needs (this family has some of everything), and nothing else.
    const kept = [
      'Sofía López',
      'Albuterol inhaler',
      'Peanuts',
      'Valley Clinic',
      'Lincoln Elementary',
      'Leo López',
      'Sunshine Daycare',
      'Blue folder, kitchen drawer',
      'Auntie picks her up if mamá is late',
      'Safe box',
      'Rosa at her home',
      'Rosa Pérez',
      'Beto Ramos',
      'Pat Wong',
      'Valley Rapid Response',
      'Tía Lupe',
    ];
    const left = [
      'María López Ruiz',
      'Metformin',
      'Guatemala',
      'Shoebox in the closet',
      'An old answer',
      'Old suitcase',
      'Glove box',
      'Has a house key',
      'Mixteco',
      'Cousin Ana keeps it',
      'Court date in May',
      'Debit card in the drawer',
      '$2,000 for a bond',
      'Do not open the door',
      'I am safe',
      'Mr. Kim',
      'Doña Carmen',
      'Consulate of Mexico',
    ];
    expect(kept.filter((text) => !onPaper(text) || !inFile(text))).toEqual([]);
    expect(left.filter((text) => onPaper(text) || inFile(text))).toEqual([]);
    expect(paper).not.toContain('987654321');
    expect(saved.text).not.toContain('987654321');
    expect(saved.text).not.toContain('12135550199'); // the Get help screen's number is not in either
  });

  it('show the same people with the same numbers, roles and dates, and the same papers', async () => {
    await store(family());
    const paper = await printout();
    const { backup } = await file();
    const t = i18next.getFixedT('en');

    for (const saved of backup.contacts) {
      expect(paper).toContain(`${saved.name} · ${saved.phones.map(formatPhone).join(' · ')}`);
    }
    // Everyone but the lawyer and the rapid-response line (they have their own lines) with who they are.
    for (const saved of backup.contacts.filter((c) => !['pat', 'line'].includes(c.id))) {
      const line = `${saved.name} · ${saved.phones.map(formatPhone).join(' · ')} · ${t(`plan.caregiver.roles.${saved.role}`)}`;
      expect(paper).toContain(saved.mayPickUpChildren ? `${line} · ${t('plan.caregiver.mayPickUp')}` : line);
    }
    const people = backup.plan.household?.data.people ?? [];
    expect(people.map((child) => child.fullName)).toEqual(['Sofía López', 'Leo López']);
    for (const child of people) expect(paper).toContain(formatDate(child.dateOfBirth, t));
    expect(paper).toContain(t('plan.print.authorization.caregiver-affidavit'));
    expect(backup.plan.documents?.data.items.map((item) => item.id)).toEqual(['birth-certificates']);
    expect(paper).toContain(t('plan.documents.items.birth-certificates'));
    expect(paper).not.toContain(t('plan.documents.items.passports'));
  });

  it('the file, brought into an empty phone, prints the very same packet', async () => {
    await store(family());
    const first = await printout();
    const { backup } = await file();

    await closeDB();
    globalThis.indexedDB = new IDBFactory();
    forgetEpoch(); // another phone: a page that never saw the first one's database
    await store(backup);
    expect(await printout()).toBe(first);
  });

  it('leave out where the immigration papers are unless the person chooses it, both of them', async () => {
    const data = family();
    data.plan.documents?.data.items.push(
      {
        id: 'immigration-papers',
        have: 'yes',
        originalWhere: 'Brown envelope',
        copyWith: 'Pat at her office',
      },
      { id: 'a-numbers', have: 'yes', originalWhere: 'Red notebook', copyWith: '' },
    );
    await store(data);
    const t = i18next.getFixedT('en');
    const places = ['Brown envelope', 'Pat at her office', 'Red notebook'];

    const paper = await printout();
    const saved = await file();
    expect(places.filter((text) => paper.includes(text) || saved.text.includes(text))).toEqual([]);
    // On paper, a line to write each place by hand.
    expect(paper).toContain(
      `${t('plan.documents.items.immigration-papers')} · ${t('plan.documents.originalWhere')} ${t('plan.print.byHand')}`,
    );
    expect(paper.split(t('plan.print.byHand'))).toHaveLength(5);

    const chosenPaper = await printout(true);
    const chosenFile = await file(true);
    expect(places.filter((text) => !chosenPaper.includes(text) || !chosenFile.text.includes(text))).toEqual(
      [],
    );
    expect(chosenPaper).not.toContain(t('plan.print.byHand'));
  });

  it('leave out a section the family skipped, both of them', async () => {
    const data = family();
    for (const section of ['children', 'documents', 'legal'] as const) {
      const record = data.plan[section];
      if (record) record.skipped = true;
    }
    await store(data);
    const paper = await printout();
    const saved = await file();
    for (const text of ['Blue folder, kitchen drawer', 'Auntie picks her up', 'Safe box', 'Tía Lupe']) {
      expect([text, paper.includes(text), saved.text.includes(text)]).toEqual([text, false, false]);
    }
    // The lawyer is still a key contact by role; only the plan's link to them is gone.
    expect([paper.includes('Pat Wong'), saved.text.includes('Pat Wong')]).toEqual([true, true]);
    expect(Object.keys(saved.backup.plan)).toEqual(['household']);
  });
});
