import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Incident } from '../../storage/incident-record';
import { listIncidents, newIncident, saveIncident, watchedIncidents } from '../../storage/incident-store';
import type { StorageProblem } from '../../storage/result';
import { onSaveRequest } from '../../shared/pending-saves';

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
 * One record, saved as the person types, by the plan's rules (src/features/plan/use-plan-section.ts): each
 * change is written as soon as the write before it is done (at most one waits), and what is still waiting
 * is written when the page is hidden or closed, so a killed tab loses nothing. `id` 'new' starts a record
 * (its time now): it is stored at its first change, then `onCreated` gets its id.
 */
export function useIncident(id: string, onCreated: (id: string) => void): IncidentForm {
  const [incident, setIncident] = useState<Incident | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const rev = useRef<number | undefined>(undefined);
  const pending = useRef<Incident | undefined>(undefined);
  const writing = useRef<Promise<void> | undefined>(undefined);
  const inFlightBase = useRef<number | undefined>(undefined);
  const flushing = useRef(0);
  const created = useRef(id !== 'new');
  /** The record's id once stored (a new one gets it at its first save). */
  const storedId = useRef(id === 'new' ? undefined : id);

  const load = useCallback(async () => {
    if (storedId.current === undefined) {
      const fresh = newIncident(new Date());
      setIncident({ ...fresh, when: localTime(new Date()) });
      return setSaveState('idle');
    }
    const list = await listIncidents();
    // Saved while locked, it cannot be read back: what is on screen stays, and is saved as typed.
    if (!list.ok && list.problem === 'locked' && created.current && id === 'new') return;
    if (!list.ok) return setSaveState({ problem: list.problem });
    const found = list.value.incidents.find((saved) => saved.incident.id === storedId.current);
    if (!found) return setSaveState('missing');
    rev.current = found.rev;
    setIncident(found.incident);
    setSaveState('idle');
  }, [id]);

  const saved = useCallback(
    (record: Incident, revision: number) => {
      rev.current = Math.max(rev.current ?? 0, revision);
      if (!created.current) {
        created.current = true;
        storedId.current = record.id;
        onCreated(record.id);
      }
    },
    [onCreated],
  );

  const write = useCallback((): Promise<void> => {
    // The running write picks up the newest text when it ends.
    writing.current ??= (async () => {
      while (pending.current) {
        const next = pending.current;
        pending.current = undefined;
        setSaveState('saving');
        inFlightBase.current = rev.current;
        const result = await saveIncident(next, rev.current);
        if (!result.ok) {
          pending.current ??= next; // kept on screen, and for the next write
          setSaveState({ problem: result.problem });
          break;
        }
        saved(next, result.value);
        if (!pending.current && flushing.current === 0) setSaveState('saved');
      }
      writing.current = undefined;
    })();
    return writing.current;
  }, [saved]);

  const update = useCallback(
    (next: Incident) => {
      setIncident(next);
      pending.current = next;
      void write();
    },
    [write],
  );

  const saveNow = useCallback(async () => {
    if (pending.current && !writing.current) await write();
    while (writing.current) await writing.current;
    return rev.current !== undefined && !pending.current;
  }, [write]);

  useEffect(() => {
    void load();
    const stop = watchedIncidents.watch(() => {
      if (!pending.current && !writing.current) void load();
    });
    // The page may be closing: the newest text cannot wait for the write in flight, so its transaction
    // is queued now, based on the revision the write in flight will leave behind.
    const flush = () => {
      const next = pending.current;
      if (!next) return;
      if (!writing.current) return write();
      pending.current = undefined;
      flushing.current += 1;
      setSaveState('saving');
      return saveIncident(next, (inFlightBase.current ?? 0) + 1).then((result) => {
        flushing.current -= 1;
        if (result.ok) {
          saved(next, result.value);
          if (!pending.current && !writing.current && flushing.current === 0) setSaveState('saved');
        } else {
          pending.current ??= next;
          setSaveState({ problem: result.problem });
        }
      });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    const stopSaveRequests = onSaveRequest(() => Promise.all([flush(), writing.current]));
    return () => {
      stop();
      stopSaveRequests();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      void flush();
    };
  }, [load, write, saved]);

  return { incident, saveState, update, saveNow, revision: () => rev.current };
}
