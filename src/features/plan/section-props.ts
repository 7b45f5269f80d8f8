import type { PlanSectionId, PlanSections } from '../../storage/plan-record';

/** What every section form gets: its data, and a callback that shows and saves a change. */
export interface SectionProps<K extends PlanSectionId> {
  data: PlanSections[K];
  onChange: (data: PlanSections[K]) => void;
}
