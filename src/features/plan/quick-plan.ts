import type { DocumentId, PlanRecord, PlanSectionId } from '../../storage/plan-record';
import { careFor } from './child-care';
import { documentItem } from './document-checklist';
import { childrenOf } from './household';

/**
 * The ten-minute plan: the four answers that matter most when someone is detained, asked first
 * (issue 15). It keeps no answer of its own: each step is a question of a section, in that section's
 * record, so the whole plan, the printout and the caregiver packet show the same answer.
 */
export const QUICK_STEPS = ['pickUp', 'legal', 'memorized', 'papers'] as const;
export type QuickStep = (typeof QUICK_STEPS)[number];

/** The paper the "where are the papers" step asks about: every family member has one (facts sheet). */
export const QUICK_PAPER: DocumentId = 'birth-certificates';

/** The sections the ten-minute plan reads and writes. */
export type QuickSections = Pick<
  { [K in PlanSectionId]: PlanRecord<K> },
  'household' | 'children' | 'legal' | 'myPlan' | 'documents'
>;

const DONE: { [S in QuickStep]: (plan: QuickSections) => boolean } = {
  // Every child has someone to pick them up; a family with no children at home skips the children's section.
  pickUp: ({ household, children }) => {
    if (children.skipped) return true;
    const kids = childrenOf(household.data.people);
    return (
      kids.length > 0 && kids.every((child) => careFor(children.data.children, child.id).firstPickUp !== '')
    );
  },
  legal: ({ legal }) => legal.data.lawyer !== '' || legal.data.rapidResponse !== '',
  memorized: ({ myPlan }) => myPlan.data.memorized !== '',
  papers: ({ documents }) => {
    const paper = documentItem(documents.data.items, QUICK_PAPER);
    return paper.have === 'no' || paper.originalWhere.trim() !== '';
  },
};

/** Whether a step has its answer. */
export const isStepDone = (step: QuickStep, plan: QuickSections) => DONE[step](plan);

/** How many of the four steps have their answer. */
export const quickDone = (plan: QuickSections) => QUICK_STEPS.filter((step) => DONE[step](plan)).length;
