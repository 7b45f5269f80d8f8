import type { SectionProps } from '../section-props';

/** The legal section's form (to be built). */
export function LegalSection(props: SectionProps<'legal'>) {
  void props;
  return null;
}
