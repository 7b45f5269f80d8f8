import type { Contact } from '../../storage/contact-record';
import {
  isChecklistId,
  type ChildCare,
  type DocumentId,
  type PlanRecord,
  type PlanSectionId,
} from '../../storage/plan-record';

/** A whole plan, as loaded from the device (its revisions are not needed). */
export type Plan = { [K in PlanSectionId]: PlanRecord<K> };

/** A contact as the caregiver needs it: a name and numbers (E.164), nothing of the notes. */
export interface PacketContact {
  name: string;
  phones: string[];
}

export interface PacketChild {
  name: string;
  /** YYYY-MM-DD, or ''. */
  dateOfBirth: string;
  medicines: string;
  allergies: string;
  doctor: string;
  school: string;
  firstPickUp: PacketLink;
  secondPickUp: PacketLink;
  onSchoolList: ChildCare['onSchoolList'];
  authorization: ChildCare['authorization'];
  papersWhere: string;
}

/** A linked contact: nobody chosen, a contact since deleted, or the contact. */
export type PacketLink = { kind: 'none' } | { kind: 'deleted' } | ({ kind: 'contact' } & PacketContact);

export interface PacketDocument {
  id: DocumentId;
  originalWhere: string;
  copyWith: string;
}

/** Exactly what the caregiver packet holds. */
export interface CaregiverPacket {
  children: PacketChild[];
  documents: PacketDocument[];
  /** Contacts marked as caregivers or as allowed to pick up the children, in calling order. */
  caregivers: PacketContact[];
  lawyer: PacketLink;
  rapidResponse: PacketLink;
}

const packetContact = ({ name, phones }: Contact): PacketContact => ({ name, phones: [...phones] });

/** A plan field that links to a contact, resolved to that contact's name and numbers. */
export function linkTo(id: string, contacts: readonly Contact[]): PacketLink {
  if (id === '') return { kind: 'none' };
  const found = contacts.find((contact) => contact.id === id);
  return found ? { kind: 'contact', ...packetContact(found) } : { kind: 'deleted' };
}

/**
 * Selects from the plan and the contacts only what the person caring for the children needs: each
 * child's name, birth date, medicines, allergies, doctor and school; who picks them up; the care
 * authorization and where its papers are; where the documents are; the caregivers, the lawyer and the
 * rapid-response line. Never A-numbers, countries of birth, adults' details, money or the raid plan.
 * Sections the family skipped give nothing.
 */
export function caregiverPacket(plan: Plan, contacts: readonly Contact[]): CaregiverPacket {
  const link = (id: string) => linkTo(id, contacts);
  const people = plan.household.skipped ? [] : plan.household.data.people;
  const care = plan.children.skipped ? [] : plan.children.data.children;
  const legal = plan.legal.skipped ? undefined : plan.legal.data;

  const children = people
    .filter((person) => person.isChild)
    .map((child): PacketChild => {
      const childCare = care.find((entry) => entry.childId === child.id);
      return {
        name: child.fullName,
        dateOfBirth: child.dateOfBirth,
        medicines: child.medicines,
        allergies: child.allergies,
        doctor: child.doctor,
        school: child.school,
        firstPickUp: link(childCare?.firstPickUp ?? ''),
        secondPickUp: link(childCare?.secondPickUp ?? ''),
        onSchoolList: childCare?.onSchoolList ?? '',
        authorization: childCare?.authorization ?? '',
        papersWhere: childCare?.papersWhere ?? '',
      };
    });

  // Only papers the family has and has said where to find; the answer itself stays out.
  const documents = (plan.documents.skipped ? [] : plan.documents.data.items).flatMap((item) =>
    isChecklistId(item.id) && item.have === 'yes' && (item.originalWhere !== '' || item.copyWith !== '')
      ? [{ id: item.id, originalWhere: item.originalWhere, copyWith: item.copyWith }]
      : [],
  );

  const caregivers = [...contacts]
    .filter((contact) => contact.role === 'caregiver' || contact.mayPickUpChildren)
    .sort((a, b) => a.order - b.order)
    .map(packetContact);

  return {
    children,
    documents,
    caregivers,
    lawyer: link(legal?.lawyer ?? ''),
    rapidResponse: link(legal?.rapidResponse ?? ''),
  };
}
