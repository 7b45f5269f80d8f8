import type { SectionProps } from '../section-props';

/** The documents section's form (to be built). */
export function DocumentsSection(props: SectionProps<'documents'>) {
  void props;
  return null;
}
