import type { Person } from '../../storage/plan-record';
import { watchedPlan } from '../../storage/plan-store';
import { useStored } from '../../ui/use-stored';

/** The household's people as saved (read-only here), kept current when another tab changes them. */
export function useHousehold(): Person[] | undefined {
  const { result } = useStored(watchedPlan);
  return result && (result.ok ? result.value.plan.household.data.people : []);
}
