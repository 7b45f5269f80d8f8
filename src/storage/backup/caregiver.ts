import * as v from 'valibot';
import { ContactSchema, type Contact, type ContactRole } from '../contact-record';
import { planRecordSchema } from '../plan-record';
import { attempt, type StorageResult } from '../result';
import { localIsoDate } from '../../content/local-date';
import { collect, type BackupFile } from './export';
import { BACKUP_FORMAT, BACKUP_VERSION, summarize, type Backup, type BackupPlan } from './format';

/** Contacts a caregiver needs whether or not a child's care names them. */
const CAREGIVER_ROLES: readonly ContactRole[] = ['caregiver', 'lawyer', 'rapid-response'];

/**
 * The caregiver packet as a backup file (the same format, so the caregiver brings it into this app
 * with "Bring in a backup file"), holding only what the person caring for the children needs:
 * - household: the children only (adults are left out entirely), with their name, date of birth,
 *   A-number, medicines, allergies, doctor and school; their country of birth is left blank;
 * - children: each child's care (pick-up people, authorization, where its papers are, what the
 *   child knows), and documents (where the papers are), as they are;
 * - the contacts a child's care names as pick-up people, and every caregiver, lawyer and
 *   rapid-response contact.
 * No settings, no practice, and nothing of the legal, money, raid-plan or review sections.
 * Extra keys in the input (such as a stored revision) are dropped. Pure: it reads nothing.
 */
export function caregiverPacket(plan: Partial<BackupPlan>, contacts: readonly Contact[], now: Date): Backup {
  const packet: BackupPlan = {};
  if (plan.household) {
    const household = v.parse(planRecordSchema('household'), plan.household);
    packet.household = {
      skipped: household.skipped,
      data: {
        people: household.data.people
          .filter((person) => person.isChild)
          .map((child) => ({ ...child, countryOfBirth: '' })),
      },
    };
  }
  if (plan.children) packet.children = v.parse(planRecordSchema('children'), plan.children);
  if (plan.documents) packet.documents = v.parse(planRecordSchema('documents'), plan.documents);

  const pickUp = new Set(
    (packet.children?.data.children ?? []).flatMap((child) => [child.firstPickUp, child.secondPickUp]),
  );
  // By id: a file may hold each contact once.
  const byId = new Map(
    contacts
      .filter((contact) => pickUp.has(contact.id) || CAREGIVER_ROLES.includes(contact.role))
      .map((contact) => [contact.id, v.parse(ContactSchema, contact)]),
  );
  const needed = [...byId.values()].sort(
    (a, b) => a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );

  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: {},
    contacts: needed,
    practice: [],
    plan: packet,
  };
}

/** The caregiver packet from what is stored now, as the text of `caregiver-packet-YYYY-MM-DD.json`. */
export function exportCaregiverPacket(now = new Date()): Promise<StorageResult<BackupFile>> {
  return attempt(async () => {
    const { backup, unreadable } = await collect(now);
    const packet = caregiverPacket(backup.plan, backup.contacts, now);
    return {
      text: JSON.stringify(packet, null, 2),
      fileName: `caregiver-packet-${localIsoDate(now)}.json`,
      summary: summarize(packet),
      unreadable,
    };
  });
}
