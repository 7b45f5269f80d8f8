import type { SectionProps } from '../section-props';

/** The household section's form (to be built). */
export function HouseholdSection(props: SectionProps<'household'>) {
  void props;
  return null;
}
