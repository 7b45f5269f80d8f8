import { afterEach, describe, expect, it, vi } from 'vitest';
import { caregiverPacket, exportCaregiverPacket } from '../../src/storage/backup/caregiver';
import { readBackupFile } from '../../src/storage/backup/read-file';
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
];

describe('caregiver packet', () => {
  it('holds the child, her care, where the papers are and the contacts a caregiver needs: nothing else', () => {
    const packet = caregiverPacket(planWith(), contacts, NOW);
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
    expect(packet.plan.children).toEqual(planWith().children);
    expect(packet.plan.documents).toEqual(planWith().documents);
    expect(Object.keys(packet.plan)).toEqual(['household', 'children', 'documents']);
    // The pick-up person, the lawyer, the caregiver and the rapid-response line; not the employer or a cousin.
    expect(packet.contacts.map((saved) => saved.name)).toEqual([
      'Tía Rosa',
      'Lic. Pérez',
      'Rapid response line',
      'Doña Carmen',
    ]);
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
      'Primo Luis',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('a second pick-up person is included too; sections not saved stay out', () => {
    const plan = planWith();
    const child = {
      ...(plan.children.data.children[0] as ChildCare),
      firstPickUp: '',
      secondPickUp: 'cousin',
    };
    const packet = caregiverPacket(
      { children: { skipped: false, data: { children: [child] } } },
      contacts,
      NOW,
    );
    expect(Object.keys(packet.plan)).toEqual(['children']);
    expect(packet.contacts.map((saved) => saved.id)).toEqual(['lawyer-1', 'cousin', 'rr', 'neighbor']);
  });

  it('drops keys that are not part of the file, such as a stored revision', () => {
    const plan = { documents: { ...planWith().documents, rev: 3 } };
    const packet = caregiverPacket(plan, [{ ...lawyer, rev: 2 } as never], NOW);
    expect(packet.plan.documents).toEqual(planWith().documents);
    expect(packet.contacts).toEqual([lawyer]);
  });

  it('is a backup file that passes the check, so the caregiver can bring it into the app', async () => {
    const packet = caregiverPacket(planWith(), contacts, NOW);
    expect(await readBackupFile(fileOf(JSON.stringify(packet, null, 2)))).toEqual({
      ok: true,
      backup: packet,
      summary: { exportedAt: NOW.toISOString(), contacts: 4, practice: 0, plan: 3, settings: [] },
    });
  });
});

describe('caregiver packet from what is stored', () => {
  useFreshDatabase();
  afterEach(() => {
    vi.restoreAllMocks();
    closeChanges();
  });

  it('is saved as caregiver-packet-YYYY-MM-DD.json, reads nothing it should not, and changes nothing', async () => {
    await useTheApp();
    const before = await everything();
    const made = await exportCaregiverPacket(NOW);
    if (!made.ok) throw new Error(made.problem);
    expect(made.value.fileName).toMatch(/^caregiver-packet-\d{4}-\d{2}-\d{2}\.json$/);
    const checked = await readBackupFile(fileOf(made.value.text));
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.backup.plan.household?.data.people.map((person) => person.fullName)).toEqual([
      'Sofía López',
    ]);
    expect(checked.summary).toEqual({
      exportedAt: NOW.toISOString(),
      contacts: 0,
      practice: 0,
      plan: 3,
      settings: [],
    });
    expect(made.value.text).not.toContain('5551234567'); // the rapid-response setting
    expect(await everything()).toBe(before);
  });
});
