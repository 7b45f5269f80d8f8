import type { ComponentType } from 'preact';
import type { PlanSectionId } from '../../storage/plan-record';
import type { SectionProps } from './section-props';
import { ChildrenSection } from './sections/ChildrenSection';
import { DocumentsSection } from './sections/DocumentsSection';
import { HouseholdSection } from './sections/HouseholdSection';
import { LegalSection } from './sections/LegalSection';
import { MoneySection } from './sections/MoneySection';
import { MyPlanSection } from './sections/MyPlanSection';
import { ReviewSection } from './sections/ReviewSection';

/** The form that edits each section. */
export const SECTION_FORMS: { [K in PlanSectionId]: ComponentType<SectionProps<K>> } = {
  household: HouseholdSection,
  children: ChildrenSection,
  documents: DocumentsSection,
  legal: LegalSection,
  money: MoneySection,
  myPlan: MyPlanSection,
  review: ReviewSection,
};
