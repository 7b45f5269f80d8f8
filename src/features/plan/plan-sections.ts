import { PLAN_SECTIONS, type PlanSectionId } from '../../storage/plan-record';

/** Each section's address under /plan/ (kebab-case, as the rest of the app's paths). */
const SLUGS: Record<PlanSectionId, string> = {
  household: 'household',
  children: 'children',
  documents: 'documents',
  legal: 'legal-help',
  money: 'money-and-home',
  myPlan: 'my-raid-plan',
  review: 'review',
};

export const sectionPath = (section: PlanSectionId) => `/plan/${SLUGS[section]}`;

export function sectionForSlug(slug: string | undefined): PlanSectionId | undefined {
  return PLAN_SECTIONS.find((section) => SLUGS[section] === slug);
}

/** The section after this one, for the "Next" link. */
export function nextSection(section: PlanSectionId): PlanSectionId | undefined {
  return PLAN_SECTIONS[PLAN_SECTIONS.indexOf(section) + 1];
}
