import { byCallingOrder, type Contact, type ContactRole } from '../../storage/contact-record';
import {
  isChecklistId,
  type ChildCare,
  type DocumentId,
  type Person,
  type PlanRecord,
  type PlanSectionId,
} from '../../storage/plan-record';
import { isImmigrationPaper } from './document-checklist';

/*
 * The one choice of what the person who would care for the children gets, a rule of the family plan.
 * The printout (CaregiverPacketScreen.tsx) and the file (caregiver-file.ts) both show exactly this,
 * so paper and file never disagree. It is pure (plain records in, plain data out) and touches no
 * database.
 */

/** A child as the caregiver needs them: never an A-number or a country of birth. */
export interface PacketChild extends Pick<
  Person,
  'id' | 'fullName' | 'dateOfBirth' | 'medicines' | 'allergies' | 'doctor' | 'school'
> {
  /**
   * The child's care as the family saved it: pick-up people (contact ids), whether the school has
   * them on its list, the care authorization and where its papers are, and what the child has been
   * told. The caregiver needs that last answer to tell the child the same thing, so it is kept.
   * `undefined` when nothing was saved for this child.
   */
  care: Omit<ChildCare, 'childId'> | undefined;
}

/** A paper the family has, and where it is. */
export interface PacketDocument {
  id: DocumentId;
  originalWhere: string;
  copyWith: string;
  /** Where it is was left out (an immigration paper, not chosen): blank places, written by hand on paper. */
  leftOut?: true;
}

/** What the person chose to put in the packet beyond what it always holds. */
export interface PacketChoice {
  /** Where the immigration papers and the A-numbers are (left out unless chosen). */
  immigrationPapers: boolean;
}

/** A contact as the caregiver needs them: name, numbers and who they are; never the family's notes. */
export type PacketContact = Pick<Contact, 'id' | 'name' | 'phones' | 'role' | 'mayPickUpChildren' | 'order'>;

/** Exactly what the caregiver packet holds, on paper and in the file. */
export interface CaregiverPacket {
  children: PacketChild[];
  documents: PacketDocument[];
  /** Everyone the packet names or a caregiver may need to call, in calling order. */
  contacts: PacketContact[];
  /** The family's lawyer and rapid-response line from the legal section: contact ids, or ''. */
  lawyer: string;
  rapidResponse: string;
}

/** A plan as the printout loads it (every section) or as a backup holds it (sections saved). */
export type PlanInput = { [K in PlanSectionId]?: PlanRecord<K> | undefined };

/** Contacts a caregiver may need whether or not the plan names them. */
const KEY_ROLES: readonly ContactRole[] = ['caregiver', 'lawyer', 'rapid-response'];

/**
 * Selects what the person caring for the children needs: each child's name, birth date, medicines,
 * allergies, doctor, school and care; where the papers the family has are; and the key contacts
 * (the children's pick-up people, the family's lawyer and rapid-response line, and every contact who
 * is a caregiver, a lawyer, a rapid-response line or may pick up the children). Never an adult, an
 * A-number, a country of birth, a contact's notes or languages, the legal notes, money, the raid
 * plan or the review. A skipped or missing section gives nothing, and neither does the care of
 * someone who is not a child of the household. Where the immigration papers are is left out (marked
 * `leftOut`, places blank) unless the person chose to include it.
 */
export function selectForCaregiver(
  plan: PlanInput,
  contacts: readonly Contact[],
  choice: PacketChoice = { immigrationPapers: false },
): CaregiverPacket {
  const given = <K extends PlanSectionId>(section: K) => {
    const record = plan[section] as PlanRecord<K> | undefined;
    return record && !record.skipped ? record.data : undefined;
  };
  const care = given('children')?.children ?? [];
  const legal = given('legal');

  const children = (given('household')?.people ?? [])
    .filter((person) => person.isChild)
    .map((child): PacketChild => {
      const saved = care.find((entry) => entry.childId === child.id);
      return {
        id: child.id,
        fullName: child.fullName,
        dateOfBirth: child.dateOfBirth,
        medicines: child.medicines,
        allergies: child.allergies,
        doctor: child.doctor,
        school: child.school,
        care: saved && {
          firstPickUp: saved.firstPickUp,
          secondPickUp: saved.secondPickUp,
          onSchoolList: saved.onSchoolList,
          authorization: saved.authorization,
          papersWhere: saved.papersWhere,
          whatChildKnows: saved.whatChildKnows,
        },
      };
    });

  // Papers the family has and has said where to find (the checklist's own: only those have a name).
  const documents = (given('documents')?.items ?? []).flatMap((item): PacketDocument[] =>
    isChecklistId(item.id) && item.have === 'yes' && (item.originalWhere !== '' || item.copyWith !== '')
      ? [
          isImmigrationPaper(item.id) && !choice.immigrationPapers
            ? { id: item.id, originalWhere: '', copyWith: '', leftOut: true }
            : { id: item.id, originalWhere: item.originalWhere, copyWith: item.copyWith },
        ]
      : [],
  );

  const lawyer = legal?.lawyer ?? '';
  const rapidResponse = legal?.rapidResponse ?? '';
  const named = new Set([
    ...children.flatMap((child) => (child.care ? [child.care.firstPickUp, child.care.secondPickUp] : [])),
    lawyer,
    rapidResponse,
  ]);
  named.delete('');
  // By id, once each: a backup file may hold a contact only once.
  const needed = [...new Map(contacts.map((contact) => [contact.id, contact])).values()]
    .filter(
      (contact) => named.has(contact.id) || KEY_ROLES.includes(contact.role) || contact.mayPickUpChildren,
    )
    .map((contact): PacketContact => ({
      id: contact.id,
      name: contact.name,
      phones: [...contact.phones],
      role: contact.role,
      mayPickUpChildren: contact.mayPickUpChildren,
      order: contact.order,
    }))
    .sort(byCallingOrder);

  return { children, documents, contacts: needed, lawyer, rapidResponse };
}
