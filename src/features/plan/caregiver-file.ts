import { localIsoDate } from '../../shared/local-date';
import { collect, type BackupFile } from '../../storage/backup/export';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  summarize,
  type Backup,
  type BackupPlan,
} from '../../storage/backup/format';
import type { Contact } from '../../storage/contact-record';
import { attempt, type StorageResult } from '../../storage/result';
import { selectForCaregiver, type CaregiverPacket, type PlanInput } from './caregiver-packet';

/**
 * The caregiver packet as a backup file (the same format, so the caregiver brings it into this app
 * with "Bring in a backup file"). It holds exactly what `selectForCaregiver` chooses, the same as the
 * printed packet; fields the format requires but the packet leaves out are written blank:
 * - household: the children only, with a blank A-number and country of birth;
 * - children: each child's care that was saved (what the child has been told included);
 * - documents: the papers the family has, with where they are;
 * - legal: only the links to the family's lawyer and rapid-response line (no G-28, no notes);
 * - contacts: the packet's contacts, with blank languages and notes.
 * A section with nothing to hold is left out. No settings, no practice, no money, raid plan or review.
 * Pure: it reads nothing.
 */
export function caregiverBackup(plan: PlanInput, contacts: readonly Contact[], now: Date): Backup {
  const packet = selectForCaregiver(plan, contacts);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: {},
    contacts: packet.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      phones: contact.phones,
      role: contact.role,
      languages: '',
      notes: '',
      mayPickUpChildren: contact.mayPickUpChildren,
      order: contact.order,
    })),
    practice: [],
    plan: packetPlan(packet),
  };
}

function packetPlan({ children, documents, lawyer, rapidResponse }: CaregiverPacket): BackupPlan {
  const plan: BackupPlan = {};
  if (children.length > 0) {
    const people = children.map((child) => ({
      id: child.id,
      fullName: child.fullName,
      dateOfBirth: child.dateOfBirth,
      countryOfBirth: '',
      aNumber: '',
      isChild: true,
      medicines: child.medicines,
      allergies: child.allergies,
      doctor: child.doctor,
      school: child.school,
    }));
    plan.household = { skipped: false, data: { people } };
  }
  const care = children.flatMap((child) => (child.care ? [{ childId: child.id, ...child.care }] : []));
  if (care.length > 0) plan.children = { skipped: false, data: { children: care } };
  if (documents.length > 0) {
    const items = documents.map(({ id, originalWhere, copyWith }) => ({
      id,
      have: 'yes' as const,
      originalWhere,
      copyWith,
    }));
    plan.documents = { skipped: false, data: { items } };
  }
  if (lawyer !== '' || rapidResponse !== '') {
    plan.legal = { skipped: false, data: { lawyer, g28Signed: '', g28With: '', rapidResponse, notes: '' } };
  }
  return plan;
}

/** The caregiver packet from what is stored now, as the text of `caregiver-packet-YYYY-MM-DD.json`. */
export function exportCaregiverPacket(now = new Date()): Promise<StorageResult<BackupFile>> {
  return attempt(async () => {
    const { backup, unreadable } = await collect(now);
    const packet = caregiverBackup(backup.plan, backup.contacts, now);
    return {
      text: JSON.stringify(packet, null, 2),
      fileName: `caregiver-packet-${localIsoDate(now)}.json`,
      summary: summarize(packet),
      unreadable,
    };
  });
}
