import type { PlanRecord, PlanSectionId, PlanSections } from '../../storage/plan-record';
import { DOCUMENT_CHECKLIST, documentItem } from './document-checklist';

export type Progress = { kind: 'skipped' } | { kind: 'counted'; done: number; total: number };

const filled = (values: unknown[]) => values.filter((value) => value !== '' && value !== undefined).length;

/** How many of a section's questions have an answer; a skipped section says so instead. */
export function sectionProgress<K extends PlanSectionId>(section: K, record: PlanRecord<K>): Progress {
  if (record.skipped) return { kind: 'skipped' };
  const [done, total] = COUNTERS[section](record.data as never);
  return { kind: 'counted', done, total };
}

/** [answered, asked] for each section's data. */
const COUNTERS: { [K in PlanSectionId]: (data: PlanSections[K]) => [number, number] } = {
  household: ({ people }) =>
    people.length === 0
      ? [0, 1]
      : [
          filled(people.flatMap((person) => [person.fullName, person.dateOfBirth, person.countryOfBirth])),
          people.length * 3,
        ],
  children: ({ children }) =>
    children.length === 0
      ? [0, 1]
      : [
          filled(
            children.flatMap((child) => [
              child.firstPickUp,
              child.onSchoolList,
              child.authorization,
              child.papersWhere,
            ]),
          ),
          children.length * 4,
        ],
  // Every paper on the checklist is asked, answered or not; "not sure yet" is not an answer.
  documents: ({ items }) => [
    DOCUMENT_CHECKLIST.filter((entry) => documentItem(items, entry.id).have !== '').length,
    DOCUMENT_CHECKLIST.length,
  ],
  legal: (legal) => [filled([legal.lawyer, legal.g28Signed, legal.rapidResponse]), 3],
  money: (money) => [
    filled([money.bankAccess, money.rentAndBills, money.lastPaycheck, money.powerOfAttorney, money.savings]),
    5,
  ],
  myPlan: (plan) => [
    filled([
      plan.atHome,
      plan.atWork,
      plan.onStreetOrCar,
      plan.callFirst,
      plan.memorized,
      plan.familyMessage,
    ]),
    6,
  ],
  review: ({ lastReviewed }) => [filled([lastReviewed]), 1],
};
