import { afterEach, describe, expect, it, vi } from 'vitest';
import { caregiverBackup, exportCaregiverPacket } from '../../src/features/plan/caregiver-file';
import { readBackupFile } from '../../src/storage/backup/read-file';
import { selectForCaregiver } from '../../src/features/plan/caregiver-packet';
import { closeChanges } from '../../src/storage/changes';
import type { Contact } from '../../src/storage/contact-record';
import type { ChildCare } from '../../src/storage/plan-record';
import { NOW, backupWith, contact, everything, fileOf, planWith, useTheApp } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

const [rosa, lawyer] = backupWith().contacts as [Contact, Contact];
const contacts = [
  rosa, // family, picks up Sofía
  lawyer,
  contact('boss', 'Mr. Kim', 2, { role: 'employer' }),
  contact('cousin', 'Primo Luis', 3, { role: 'family', mayPickUpChildren: true }),
  contact('rr', 'Rapid response line', 4, { role: 'rapid-response' }),
  contact('neighbor', 'Doña Carmen', 5, { role: 'caregiver' }),
  contact('aunt', 'Tía Lupe', 6, { role: 'family', notes: 'Works nights' }),
];

describe('caregiver packet', () => {
  it('holds the child, her care, where the papers are and the contacts a caregiver needs: nothing else', () => {
    const packet = caregiverBackup(planWith(), contacts, NOW);
    const text = JSON.stringify(packet);

    expect(packet.plan.household?.data.people).toEqual([
      { ...planWith().household.data.people[1], countryOfBirth: '' },
    ]);
    expect(packet.plan.household?.data.people[0]).toMatchObject({
      fullName: 'Sofía López',
      dateOfBirth: '2017-05-02',
      medicines: 'Albuterol inhaler',
      allergies: 'Peanuts',
      school: 'Lincoln Elementary',
    });
    // Her care as saved, what she has been told included: the caregiver needs it to talk with her.
    expect(packet.plan.children).toEqual(planWith().children);
    expect(packet.plan.children?.data.children[0]?.whatChildKnows).toBe('Tía Rosa may pick her up');
    expect(packet.plan.documents).toEqual(planWith().documents);
    // Of the legal section, only who the family's lawyer and rapid-response line are.
    expect(packet.plan.legal).toEqual({
      skipped: false,
      data: { lawyer: 'lawyer-1', g28Signed: '', g28With: '', rapidResponse: '', notes: '' },
    });
    expect(Object.keys(packet.plan)).toEqual(['household', 'children', 'documents', 'legal']);
    // The pick-up person, the lawyer, a cousin who may pick up the children, the rapid-response line
    // and the caregiver, in calling order; not the employer, nor an aunt the plan does not name.
    expect(packet.contacts.map((saved) => saved.name)).toEqual([
      'Tía Rosa',
      'Lic. Pérez',
      'Primo Luis',
      'Rapid response line',
      'Doña Carmen',
    ]);
    // Names, numbers and who they are; never the family's notes about them or their languages.
    expect(packet.contacts[0]).toEqual({ ...rosa, languages: '', notes: '' });
    expect(packet.settings).toEqual({});
    expect(packet.practice).toEqual([]);
    // Nothing of the adult, the money, the raid plan or the legal notes.
    for (const secret of [
      'María López Ruiz',
      '123456789',
      'Metformin',
      'Guatemala',
      'debit card',
      '$2,000',
      'Do not open the door',
      'I am safe',
      'Court date',
      'Mr. Kim',
      'Tía Lupe',
      'Works nights',
      'Vive cerca',
      'Español',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('a second pick-up person is included too, whoever they are; sections with nothing to hold stay out', () => {
    const plan = planWith();
    const child = { ...(plan.children.data.children[0] as ChildCare), firstPickUp: '', secondPickUp: 'aunt' };
    const packet = caregiverBackup(
      { household: plan.household, children: { skipped: false, data: { children: [child] } } },
      contacts,
      NOW,
    );
    expect(Object.keys(packet.plan)).toEqual(['household', 'children']);
    expect(packet.contacts.map((saved) => saved.id)).toEqual([
      'tia-rosa',
      'lawyer-1',
      'cousin',
      'rr',
      'neighbor',
      'aunt',
    ]);
  });

  it('leaves out what the family skipped, and the care of someone no longer a child of the household', () => {
    const plan = planWith();
    plan.documents.skipped = true;
    plan.legal.skipped = true;
    plan.children.data.children.push({
      ...(plan.children.data.children[0] as ChildCare),
      childId: 'mama',
      papersWhere: 'Under the bed',
      whatChildKnows: 'Nothing yet',
    });
    const packet = caregiverBackup(plan, contacts, NOW);
    expect(Object.keys(packet.plan)).toEqual(['household', 'children']);
    expect(packet.plan.children?.data.children.map((care) => care.childId)).toEqual(['sofi']);
    const text = JSON.stringify(packet);
    for (const leftOut of ['Blue folder"', 'Under the bed', 'Nothing yet']) {
      expect(text).not.toContain(leftOut);
    }

    plan.household.skipped = true;
    expect(caregiverBackup(plan, contacts, NOW).plan).toEqual({});
  });

  it('brought into the caregiver’s app, it gives the same packet: nothing added, nothing lost', () => {
    for (const plan of [planWith(), { ...planWith(), legal: { ...planWith().legal, skipped: true } }, {}]) {
      const file = caregiverBackup(plan, contacts, NOW);
      expect(selectForCaregiver(file.plan, file.contacts)).toEqual(selectForCaregiver(plan, contacts));
    }
  });

  it('drops keys that are not part of the file, such as a stored revision', () => {
    const plan = { documents: { ...planWith().documents, rev: 3 } };
    const packet = caregiverBackup(plan, [{ ...lawyer, rev: 2 } as never], NOW);
    expect(packet.plan.documents).toEqual(planWith().documents);
    expect(packet.contacts).toEqual([{ ...lawyer, languages: '' }]);
  });

  it('holds where the immigration papers are only if the person chose to include it', () => {
    const plan = planWith();
    plan.documents.data.items.push({
      id: 'immigration-papers',
      have: 'yes',
      originalWhere: 'Brown envelope',
      copyWith: 'Lic. Pérez',
    });
    const ids = (file: ReturnType<typeof caregiverBackup>) =>
      file.plan.documents?.data.items.map((item) => item.id);
    const leftOut = caregiverBackup(plan, contacts, NOW);
    expect(ids(leftOut)).toEqual(['birth-certificates']);
    expect(JSON.stringify(leftOut)).not.toContain('Brown envelope');
    const chosen = caregiverBackup(plan, contacts, NOW, { immigrationPapers: true });
    expect(ids(chosen)).toEqual(['birth-certificates', 'immigration-papers']);
    expect(JSON.stringify(chosen)).toContain('Brown envelope');
  });

  it('is a backup file that passes the check, so the caregiver can bring it into the app', async () => {
    const packet = caregiverBackup(planWith(), contacts, NOW);
    expect(await readBackupFile(fileOf(JSON.stringify(packet, null, 2)))).toEqual({
      ok: true,
      backup: packet,
      summary: { exportedAt: NOW.toISOString(), contacts: 5, practice: 0, plan: 4, settings: [], records: 0 },
    });
  });
});

describe('caregiver packet from what is stored', () => {
  useFreshDatabase();
  afterEach(() => {
    vi.restoreAllMocks();
    closeChanges();
  });

  it('is saved as notes-to-share-YYYY-MM-DD.json, reads nothing it should not, and changes nothing', async () => {
    await useTheApp();
    const before = await everything();
    const made = await exportCaregiverPacket(NOW);
    if (!made.ok) throw new Error(made.problem);
    expect(made.value.fileName).toMatch(/^notes-to-share-\d{4}-\d{2}-\d{2}\.json$/);
    const checked = await readBackupFile(fileOf(made.value.text));
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.backup.plan.household?.data.people.map((person) => person.fullName)).toEqual([
      'Sofía López',
    ]);
    expect(checked.summary).toEqual({
      exportedAt: NOW.toISOString(),
      contacts: 2, // Ana and Beto may pick up the children
      practice: 0,
      plan: 4,
      settings: [],
      records: 0,
    });
    expect(made.value.text).not.toContain('5551234567'); // the rapid-response setting
    expect(await everything()).toBe(before);
  });
});
