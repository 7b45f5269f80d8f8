import type { ParseKeys } from 'i18next';
import type { Person, PlanRecord, PlanSectionId, PlanSections } from '../../storage/plan-record';
import { careFor, PAPER_AUTHORIZATIONS } from './child-care';
import { DOCUMENT_CHECKLIST, documentItem } from './document-checklist';
import { childrenOf } from './household';

export type Progress = { kind: 'skipped' } | { kind: 'counted'; done: number; total: number };

/** What a section's count may need from the rest of the plan. */
export interface ProgressContext {
  /** The household's people: the children's section asks its questions for each child. */
  people: Person[];
}

/**
 * One question a section counts: the id of the field that answers it on the section's screen (the
 * "still to fill in" links move focus there), its label's key, and the person it is about.
 */
export interface Question {
  field: string;
  answered: boolean;
  label: ParseKeys;
  /** The household person the question is about (their name goes with the label). */
  personId?: string;
  /** The label says the person's name itself (`{{name}}`). */
  namedInLabel?: true;
}

/** How many of a section's questions have an answer; a skipped section says so instead. */
export function sectionProgress<K extends PlanSectionId>(
  section: K,
  record: PlanRecord<K>,
  context?: ProgressContext,
): Progress {
  if (record.skipped) return { kind: 'skipped' };
  const asked = sectionQuestions(section, record.data, context);
  return { kind: 'counted', done: asked.filter((question) => question.answered).length, total: asked.length };
}

/** Every question a section counts, in the order its screen shows them. */
export function sectionQuestions<K extends PlanSectionId>(
  section: K,
  data: PlanSections[K],
  context?: ProgressContext,
): Question[] {
  return QUESTIONS[section](data as never, context);
}

const given = (value: string) => value !== '';
const ask = (field: string, value: string, label: ParseKeys, personId?: string): Question =>
  personId === undefined
    ? { field, answered: given(value), label }
    : { field, answered: given(value), label, personId };

/** The field ids are those the section forms (./sections/) give their fields. */
const QUESTIONS: {
  [K in PlanSectionId]: (data: PlanSections[K], context?: ProgressContext) => Question[];
} = {
  household: ({ people }) =>
    people.length === 0
      ? [{ field: 'household-add', answered: false, label: 'plan.household.add' }]
      : people.flatMap((person) => [
          ask(`person-${person.id}-name`, person.fullName, 'plan.household.fullName', person.id),
          ask(`person-${person.id}-birth`, person.dateOfBirth, 'plan.household.dateOfBirth', person.id),
          ask(
            `person-${person.id}-country`,
            person.countryOfBirth,
            'plan.household.countryOfBirth',
            person.id,
          ),
        ]),
  children: ({ children }, context) => {
    // The household says who the children are: records of children since removed do not count.
    const ids = context
      ? childrenOf(context.people).map((child) => child.id)
      : children.map((c) => c.childId);
    if (ids.length === 0)
      return [{ field: 'children-add', answered: false, label: 'plan.children.addChildren' }];
    return ids.flatMap((id) => {
      const care = careFor(children, id);
      const field = `child-${id}`;
      const papers = PAPER_AUTHORIZATIONS.includes(care.authorization)
        ? [ask(`${field}-papers`, care.papersWhere, 'plan.children.papersWhere', id)]
        : [];
      const named = (question: Question): Question => ({ ...question, namedInLabel: true });
      return [
        named(ask(`${field}-first`, care.firstPickUp, 'plan.children.firstPickUp', id)),
        named(ask(`${field}-second`, care.secondPickUp, 'plan.children.secondPickUp', id)),
        ask(`${field}-school-list`, care.onSchoolList, 'plan.children.onSchoolList', id),
        named(ask(`${field}-authorization`, care.authorization, 'plan.children.authorization', id)),
        ...papers,
        named(ask(`${field}-told`, care.whatChildKnows, 'plan.children.whatChildKnows', id)),
      ];
    });
  },
  // Every paper on the checklist is asked, answered or not; "not sure yet" is not an answer.
  documents: ({ items }) =>
    DOCUMENT_CHECKLIST.map((entry) =>
      ask(
        `document-${entry.id}-have`,
        documentItem(items, entry.id).have,
        `plan.documents.items.${entry.id}`,
      ),
    ),
  legal: (legal) => [
    ask('legal-lawyer', legal.lawyer, 'plan.legal.lawyer'),
    ask('legal-g28', legal.g28Signed, 'plan.legal.g28Signed'),
    ask('legal-rapid-response', legal.rapidResponse, 'plan.legal.rapidResponse'),
  ],
  money: (money) => [
    ask('money-bank', money.bankAccess, 'plan.money.bankAccess'),
    ask('money-bills', money.rentAndBills, 'plan.money.rentAndBills'),
    ask('money-paycheck', money.lastPaycheck, 'plan.money.lastPaycheck'),
    ask('money-poa', money.powerOfAttorney, 'plan.money.powerOfAttorney'),
    ask('money-savings', money.savings, 'plan.money.savings'),
  ],
  myPlan: (plan) => [
    ask('my-plan-home', plan.atHome, 'plan.myPlan.atHome'),
    ask('my-plan-work', plan.atWork, 'plan.myPlan.atWork'),
    ask('my-plan-street', plan.onStreetOrCar, 'plan.myPlan.onStreetOrCar'),
    ask('my-plan-call-first', plan.callFirst, 'plan.myPlan.callFirst'),
    ask('my-plan-memorized', plan.memorized, 'plan.myPlan.memorized'),
    ask('my-plan-message', plan.familyMessage, 'plan.myPlan.familyMessage'),
  ],
  review: ({ lastReviewed }) => [ask('review-date', lastReviewed, 'plan.review.lastReviewed')],
};
