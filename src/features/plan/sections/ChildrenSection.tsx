import type { SectionProps } from '../section-props';

/** The children section's form (to be built). */
export function ChildrenSection(props: SectionProps<'children'>) {
  void props;
  return null;
}
