import type { SectionProps } from '../section-props';

/** The money section's form (to be built). */
export function MoneySection(props: SectionProps<'money'>) {
  void props;
  return null;
}
