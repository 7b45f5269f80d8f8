import { useEffect, useState } from 'preact/hooks';
import { onChange } from '../../storage/changes';
import type { Person } from '../../storage/plan-record';
import { loadPlan } from '../../storage/plan-store';

/** The household's people as saved (read-only here), kept current when another tab changes them. */
export function useHousehold(): Person[] | undefined {
  const [people, setPeople] = useState<Person[] | undefined>(undefined);
  useEffect(() => {
    const load = () =>
      void loadPlan().then((loaded) => setPeople(loaded.ok ? loaded.value.plan.household.data.people : []));
    load();
    return onChange('plan', load);
  }, []);
  return people;
}
