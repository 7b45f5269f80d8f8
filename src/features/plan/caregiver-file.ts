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
import {
  selectForCaregiver,
  type CaregiverPacket,
  type PacketChoice,
  type PlanInput,
} from './caregiver-packet';

// A saved file's name shows in the Downloads list, a share sheet or a cloud drive without the file being
// opened: it says nothing of the app, what it is for or whom it is about (tests/unit/file-names.test.ts).
/** The caregiver packet file's default name: plain words and the person's local date. */
export const packetFileName = (date: string): string => `notes-to-share-${date}.json`;

/**
 * The caregiver packet as a backup file (the same format, so the caregiver brings it into this app
 * with "Bring in a backup file"). It holds exactly what `selectForCaregiver` chooses, the same as the
 * printed packet; fields the format requires but the packet leaves out are written blank:
 * - household: the children only, with a blank A-number and country of birth;
 * - children: each child's care that was saved (what the child has been told included);
 * - documents: the papers the family has, with where they are (an immigration paper whose place was
 *   left out is not in the file at all);
 * - legal: only the links to the family's lawyer and rapid-response line (no G-28, no notes);
 * - contacts: the packet's contacts, with blank languages and notes.
 * A section with nothing to hold is left out. No settings, no practice, no money, raid plan or review.
 * Pure: it reads nothing.
 */
export function caregiverBackup(
  plan: PlanInput,
  contacts: readonly Contact[],
  now: Date,
  choice?: PacketChoice,
): Backup {
  const packet = selectForCaregiver(plan, contacts, choice);
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
  const placed = documents.filter((document) => !document.leftOut);
  if (placed.length > 0) {
    const items = placed.map(({ id, originalWhere, copyWith }) => ({
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

/**
 * The caregiver packet from what is stored now, as the text of a file named as `packetFileName` says
 * (nothing of the app or the family in it). Where the immigration papers are is in it only if chosen.
 */
export function exportCaregiverPacket(
  now = new Date(),
  choice: PacketChoice = { immigrationPapers: false },
): Promise<StorageResult<BackupFile>> {
  return attempt(async () => {
    const { backup, unreadable } = await collect(now);
    const packet = caregiverBackup(backup.plan, backup.contacts, now, choice);
    return {
      text: JSON.stringify(packet, null, 2),
      fileName: packetFileName(localIsoDate(now)),
      summary: summarize(packet),
      unreadable,
    };
  });
}
