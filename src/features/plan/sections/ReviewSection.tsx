import type { SectionProps } from '../section-props';

/** The review section's form (to be built). */
export function ReviewSection(props: SectionProps<'review'>) {
  void props;
  return null;
}
