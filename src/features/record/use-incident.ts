import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Incident } from '../../storage/incident-record';
import { listIncidents, newIncident, saveIncident, watchedIncidents } from '../../storage/incident-store';
import type { StorageProblem } from '../../storage/result';
import { useAutosave } from '../../ui/use-autosave';
import type { HeldRecord } from './check-paper';

export type SaveState = 'loading' | 'idle' | 'saving' | 'saved' | 'missing' | { problem: StorageProblem };

export interface IncidentForm {
  /** `undefined` while the first read runs. */
  incident: Incident | undefined;
  saveState: SaveState;
  /** Shows the change at once and saves it: now if nothing is being written, else right after. */
  update: (next: Incident) => void;
  /** Saves what is waiting now; resolves once the record is on the phone (false if it could not be). */
  saveNow: () => Promise<boolean>;
  /** The revision the next save is based on (for a delete). */
  revision: () => number | undefined;
}

/** `YYYY-MM-DDTHH:mm` in the phone's own time zone, as `<input type="datetime-local">` shows it. */
export function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * One record, saved as the person types by the shared rules (src/ui/use-autosave.ts): each
 * change is written as soon as the write before it is done (at most one waits), and what is still waiting
 * is written when the page is hidden or closed, so a killed tab loses nothing. `id` 'new' starts a record
 * (its time now): it is stored at its first change, then `onCreated` gets its id. `held`: a record saved
 * while locked, as this page held it while the person was at the warrant check (no read brings it back).
 */
export function useIncident(
  id: string,
  onCreated: (id: string) => void,
  held?: HeldRecord | undefined,
): IncidentForm {
  const [incident, setIncident] = useState<Incident | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const created = useRef(id !== 'new');
  /** The record's id once stored (a new one gets it at its first save). */
  const storedId = useRef(id === 'new' ? undefined : id);
  const autosave = useAutosave<Incident>(
    saveIncident,
    (record) => {
      if (created.current) return;
      created.current = true;
      storedId.current = record.id;
      onCreated(record.id);
    },
    setSaveState,
  );
  const { rev, queue, saveNow, busy } = autosave;
  const toShow = useRef(held);
  const holding = held !== undefined;

  const load = useCallback(async () => {
    if (storedId.current === undefined) {
      const fresh = newIncident(new Date());
      setIncident({ ...fresh, when: localTime(new Date()) });
      return setSaveState('idle');
    }
    const kept = toShow.current;
    if (kept) {
      toShow.current = undefined;
      rev.current = kept.rev;
      setIncident(kept.incident);
      return setSaveState('idle');
    }
    const list = await listIncidents();
    // Saved while locked, it cannot be read back: what is on screen stays, and is saved as typed.
    if (!list.ok && list.problem === 'locked' && created.current && (id === 'new' || holding)) return;
    if (!list.ok) return setSaveState({ problem: list.problem });
    const found = list.value.incidents.find((saved) => saved.incident.id === storedId.current);
    if (!found) return setSaveState('missing');
    rev.current = found.rev;
    setIncident(found.incident);
    setSaveState('idle');
  }, [id, rev, holding]);

  const update = useCallback(
    (next: Incident) => {
      setIncident(next);
      queue(next);
    },
    [queue],
  );

  useEffect(() => {
    void load();
    return watchedIncidents.watch(() => {
      if (!busy()) void load();
    });
  }, [load, busy]);

  return { incident, saveState, update, saveNow, revision: () => rev.current };
}
