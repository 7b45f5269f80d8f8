import { useCallback, useEffect, useRef } from 'preact/hooks';
import type { StorageProblem, StorageResult } from '../storage/result';
import { onSaveRequest } from '../shared/pending-saves';

/** What a form saved as typed shows of its saving. */
export type AutosaveState = 'saving' | 'saved' | { problem: StorageProblem };

export interface Autosave<T> {
  /** The revision the next save is based on: set by the screen's read, moved on by every save. */
  rev: { current: number | undefined };
  /** Saves `next`: now if nothing is being written, else as soon as the write in flight ends. */
  queue: (next: T) => void;
  /** Writes what is waiting and waits for it; true once nothing typed is left unsaved. */
  saveNow: () => Promise<boolean>;
  /** Whether text is waiting or being written (a read from another tab must not replace it). */
  busy: () => boolean;
  /** Forgets the text waiting (to show a newer copy instead). */
  dropUnsaved: () => void;
}

/**
 * Saving as the person types, so nothing is lost if the app is closed, the tab is killed or the phone
 * locks: every change is written as soon as the previous write is done (at most one waits), and what is
 * still waiting is written when the page is hidden, closed, or about to reload into a new version. A
 * refused save keeps the text, for the next write, and says so. `save` and `onSaved` may change between
 * renders; the newest ones are used. Shared by the plan's sections and the incident record.
 */
export function useAutosave<T>(
  save: (value: T, base: number | undefined) => Promise<StorageResult<number>>,
  onSaved: (value: T, revision: number) => void,
  setSaveState: (state: AutosaveState) => void,
): Autosave<T> {
  const rev = useRef<number | undefined>(undefined);
  const pending = useRef<T | undefined>(undefined);
  /** The write in flight, which picks up the newest text when it ends. */
  const writing = useRef<Promise<void> | undefined>(undefined);
  /** The revision the write in flight is based on (it will make this + 1 if it succeeds). */
  const inFlightBase = useRef<number | undefined>(undefined);
  /** Saves started when the page was hidden, not yet answered: until then nothing is "Saved". */
  const flushing = useRef(0);
  const latest = useRef({ save, onSaved, setSaveState });
  latest.current = { save, onSaved, setSaveState };

  const succeeded = useCallback((value: T, revision: number) => {
    rev.current = Math.max(rev.current ?? 0, revision);
    latest.current.onSaved(value, revision);
  }, []);

  const write = useCallback((): Promise<void> => {
    writing.current ??= (async () => {
      while (pending.current !== undefined) {
        const next = pending.current;
        pending.current = undefined;
        latest.current.setSaveState('saving');
        inFlightBase.current = rev.current;
        const result = await latest.current.save(next, rev.current);
        if (!result.ok) {
          // Keep the text on screen (and the newest unsaved copy) so nothing typed is lost.
          pending.current ??= next;
          latest.current.setSaveState({ problem: result.problem });
          break;
        }
        succeeded(next, result.value);
        if (pending.current === undefined && flushing.current === 0) latest.current.setSaveState('saved');
      }
      writing.current = undefined;
    })();
    return writing.current;
  }, [succeeded]);

  const queue = useCallback(
    (next: T) => {
      pending.current = next;
      void write();
    },
    [write],
  );

  const saveNow = useCallback(async () => {
    if (pending.current !== undefined && !writing.current) await write();
    while (writing.current) await writing.current;
    return rev.current !== undefined && pending.current === undefined;
  }, [write]);

  useEffect(() => {
    // The page may be closing: the newest text cannot wait for the write in flight to end, so its
    // transaction is queued now, based on the revision the write in flight will leave behind.
    const flush = () => {
      const next = pending.current;
      if (next === undefined) return;
      if (!writing.current) return write();
      pending.current = undefined;
      flushing.current += 1;
      latest.current.setSaveState('saving');
      return latest.current.save(next, (inFlightBase.current ?? 0) + 1).then((result) => {
        flushing.current -= 1;
        if (result.ok) {
          succeeded(next, result.value);
          if (pending.current === undefined && !writing.current && flushing.current === 0)
            latest.current.setSaveState('saved');
        } else {
          pending.current ??= next; // kept for the next write
          latest.current.setSaveState({ problem: result.problem }); // the page may be shown again
        }
      });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', flush);
    // Before the page reloads into a new version: the newest text, and the write in flight.
    const stopSaveRequests = onSaveRequest(() => Promise.all([flush(), writing.current]));
    return () => {
      stopSaveRequests();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', flush);
      void flush();
    };
  }, [write, succeeded]);

  return {
    rev,
    queue,
    saveNow,
    busy: useCallback(() => pending.current !== undefined || writing.current !== undefined, []),
    dropUnsaved: useCallback(() => {
      pending.current = undefined;
    }, []),
  };
}
