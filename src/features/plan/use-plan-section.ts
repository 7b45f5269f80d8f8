import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_PLAN, type PlanRecord, type PlanSectionId } from '../../storage/plan-record';
import { loadPlan, saveSection, watchedPlan } from '../../storage/plan-store';
import type { StorageProblem } from '../../storage/result';
import { onSaveRequest } from '../../shared/pending-saves';

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
  const rev = useRef<number | undefined>(undefined);
  const pending = useRef<PlanRecord<K> | undefined>(undefined);
  const writing = useRef(false);
  /** The revision the write in flight is based on (it will make this + 1 if it succeeds). */
  const inFlightBase = useRef<number | undefined>(undefined);
  /** Saves started when the page was hidden, not yet answered: until then nothing is "Saved". */
  const flushing = useRef(0);
  /** The revision of the damaged copy on the phone, if the section is damaged. */
  const damagedRev = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<unknown>>(undefined); // the write in flight, for saveEverythingPending

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
  }, [section]);

  const write = useCallback(async () => {
    if (writing.current) return; // the running write picks up the newest text when it ends
    writing.current = true;
    while (pending.current) {
      const next = pending.current;
      pending.current = undefined;
      setSaveState('saving');
      inFlightBase.current = rev.current;
      const result = await (inFlight.current = saveSection(section, next, rev.current));
      if (!result.ok) {
        // Keep the text on screen (and the newest unsaved copy) so nothing typed is lost.
        pending.current ??= next;
        setSaveState({ problem: result.problem });
        break;
      }
      rev.current = Math.max(rev.current ?? 0, result.value);
      setFromFile(false); // saved from the form: the person's own now
      if (!pending.current && flushing.current === 0) setSaveState('saved');
    }
    writing.current = false;
  }, [section]);

  const update = useCallback(
    (next: PlanRecord<K>) => {
      setRecord(next);
      pending.current = next;
      void write();
    },
    [write],
  );

  useEffect(() => {
    void load();
    // Another tab saved the plan: show it, unless this tab has text not yet written.
    const stop = watchedPlan.watch(() => {
      if (!pending.current && !writing.current) void load();
    });
    // The page may be closing: the newest text cannot wait for the write in flight to end, so its
    // transaction is queued now, based on the revision the write in flight will leave behind.
    const flush = () => {
      const next = pending.current;
      if (!next) return;
      if (!writing.current) return write();
      pending.current = undefined;
      flushing.current += 1;
      setSaveState('saving');
      return saveSection(section, next, (inFlightBase.current ?? 0) + 1).then((result) => {
        flushing.current -= 1;
        if (result.ok) {
          rev.current = Math.max(rev.current ?? 0, result.value);
          if (!pending.current && !writing.current && flushing.current === 0) setSaveState('saved');
        } else {
          pending.current ??= next; // kept for the next write
          setSaveState({ problem: result.problem }); // the page may be shown again: say it was not saved
        }
      });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    // Before the page reloads into a new version: the newest text, and the write in flight.
    const stopSaveRequests = onSaveRequest(() => Promise.all([flush(), inFlight.current]));
    return () => {
      stop();
      stopSaveRequests();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [load, write]);

  const showNewest = useCallback(async () => {
    pending.current = undefined;
    await load();
  }, [load]);

  const startAgain = useCallback(async () => {
    const empty = EMPTY_PLAN[section];
    setSaveState('saving');
    const result = await saveSection(section, empty, damagedRev.current);
    if (!result.ok) return setSaveState({ problem: result.problem });
    damagedRev.current = undefined;
    rev.current = result.value;
    setRecord(empty);
    setSaveState('saved');
  }, [section]);

  return { record, fromFile, saveState, update, showNewest, startAgain };
}
