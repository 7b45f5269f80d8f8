import type { SectionProps } from '../section-props';

/** The myPlan section's form (to be built). */
export function MyPlanSection(props: SectionProps<'myPlan'>) {
  void props;
  return null;
}
