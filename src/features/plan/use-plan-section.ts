import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_PLAN, type PlanRecord, type PlanSectionId } from '../../storage/plan-record';
import { loadPlan, saveSection, watchedPlan } from '../../storage/plan-store';
import type { StorageProblem } from '../../storage/result';
import { useAutosave } from '../../ui/use-autosave';

/** 'damaged': the section on the phone cannot be read; it is kept as it is, and not shown as empty. */
export type SaveState = 'loading' | 'idle' | 'saving' | 'saved' | 'damaged' | { problem: StorageProblem };

export interface PlanSection<K extends PlanSectionId> {
  /** `undefined` while the first read runs. */
  record: PlanRecord<K> | undefined;
  /** The section came from a backup file and has not been changed here since. */
  fromFile: boolean;
  saveState: SaveState;
  /** Shows the change at once and saves it: now if nothing is being written, else right after. */
  update: (next: PlanRecord<K>) => void;
  /** After a 'stale' refusal: drop this tab's unsaved text and show the newer copy. */
  showNewest: () => Promise<void>;
  /** For a damaged section, when the person chooses it: replace the unreadable copy with an empty one. */
  startAgain: () => Promise<void>;
}

/**
 * One plan section, saved as the person types so nothing is lost if the app is closed, the tab
 * is killed or the phone locks: every change is written as soon as the previous write is done
 * (at most one waits), and anything still waiting is written when the page is hidden.
 */
export function usePlanSection<K extends PlanSectionId>(section: K): PlanSection<K> {
  const [record, setRecord] = useState<PlanRecord<K> | undefined>(undefined);
  /** The section on the phone came from a backup file and the person has not changed it since. */
  const [fromFile, setFromFile] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  /** The revision of the damaged copy on the phone, if the section is damaged. */
  const damagedRev = useRef<number | undefined>(undefined);
  const autosave = useAutosave<PlanRecord<K>>(
    (next, base) => saveSection(section, next, base),
    () => setFromFile(false), // saved from the form: the person's own now
    setSaveState,
  );
  const { rev } = autosave;

  const load = useCallback(async () => {
    const loaded = await loadPlan();
    if (!loaded.ok) return setSaveState({ problem: loaded.problem });
    const saved = loaded.value.plan[section];
    rev.current = saved.rev;
    damagedRev.current = loaded.value.damaged[section];
    // A damaged section is not shown as empty: an empty form would invite typing over it.
    if (damagedRev.current !== undefined) return setSaveState('damaged');
    setRecord({ skipped: saved.skipped, data: saved.data } as PlanRecord<K>);
    setFromFile(saved.fromFile === true);
    setSaveState('idle');
  }, [section, rev]);

  const { queue, busy, dropUnsaved } = autosave;
  const update = useCallback(
    (next: PlanRecord<K>) => {
      setRecord(next);
      queue(next);
    },
    [queue],
  );

  useEffect(() => {
    void load();
    // Another tab saved the plan: show it, unless this tab has text not yet written.
    return watchedPlan.watch(() => {
      if (!busy()) void load();
    });
  }, [load, busy]);

  const showNewest = useCallback(async () => {
    dropUnsaved();
    await load();
  }, [load, dropUnsaved]);

  const startAgain = useCallback(async () => {
    const empty = EMPTY_PLAN[section];
    setSaveState('saving');
    const result = await saveSection(section, empty, damagedRev.current);
    if (!result.ok) return setSaveState({ problem: result.problem });
    damagedRev.current = undefined;
    rev.current = result.value;
    setRecord(empty);
    setSaveState('saved');
  }, [section, rev]);

  return { record, fromFile, saveState, update, showNewest, startAgain };
}
