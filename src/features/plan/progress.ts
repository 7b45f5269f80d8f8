import type { Person, PlanRecord, PlanSectionId, PlanSections } from '../../storage/plan-record';
import { careFor, PAPER_AUTHORIZATIONS } from './child-care';
import { DOCUMENT_CHECKLIST, documentItem } from './document-checklist';
import { childrenOf } from './household';

export type Progress = { kind: 'skipped' } | { kind: 'counted'; done: number; total: number };

const filled = (values: unknown[]) => values.filter((value) => value !== '' && value !== undefined).length;

/** What a section's count may need from the rest of the plan. */
export interface ProgressContext {
  /** The household's people: the children's section asks its questions for each child. */
  people: Person[];
}

/** How many of a section's questions have an answer; a skipped section says so instead. */
export function sectionProgress<K extends PlanSectionId>(
  section: K,
  record: PlanRecord<K>,
  context?: ProgressContext,
): Progress {
  if (record.skipped) return { kind: 'skipped' };
  const [done, total] = COUNTERS[section](record.data as never, context);
  return { kind: 'counted', done, total };
}

/** [answered, asked] for each section's data. */
const COUNTERS: {
  [K in PlanSectionId]: (data: PlanSections[K], context?: ProgressContext) => [number, number];
} = {
  household: ({ people }) =>
    people.length === 0
      ? [0, 1]
      : [
          filled(people.flatMap((person) => [person.fullName, person.dateOfBirth, person.countryOfBirth])),
          people.length * 3,
        ],
  children: ({ children }, context) => {
    // The household says who the children are: records of children since removed do not count.
    const ids = context
      ? childrenOf(context.people).map((child) => child.id)
      : children.map((c) => c.childId);
    if (ids.length === 0) return [0, 1];
    const asked = ids.flatMap((id) => {
      const care = careFor(children, id);
      const papers = PAPER_AUTHORIZATIONS.includes(care.authorization) ? [care.papersWhere] : [];
      return [
        care.firstPickUp,
        care.secondPickUp,
        care.onSchoolList,
        care.authorization,
        care.whatChildKnows,
        ...papers,
      ];
    });
    return [filled(asked), asked.length];
  },
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
