import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StorageResult } from '../storage/result';
import type { Watched } from '../storage/watched';

export interface Stored<T> {
  /** The newest read's answer; `undefined` until the first one. */
  result: StorageResult<T> | undefined;
  /**
   * The newest value read: still here when a later read fails, so a list keeps what it showed; gone once
   * a read is refused as `locked`.
   */
  value: T | undefined;
  /** Reads again now (after this screen saved something); resolves to that read's answer. */
  reload: () => Promise<StorageResult<T>>;
}

/** First reads in flight: lists drawn at the same moment (a plan section's contact pickers) share one. */
const firstReads = new Map<Watched<unknown>, Promise<StorageResult<unknown>>>();

function firstRead<T>(source: Watched<T>): Promise<StorageResult<T>> {
  let read = firstReads.get(source) as Promise<StorageResult<T>> | undefined;
  if (!read) {
    read = source.load().finally(() => firstReads.delete(source));
    firstReads.set(source, read);
  }
  return read;
}

/**
 * The one hook that reads something stored (a store module's `watched…`) and reads it again when
 * another tab changes it, so a screen never shows an old copy.
 */
export function useStored<T>(source: Watched<T>): Stored<T> {
  const [result, setResult] = useState<StorageResult<T> | undefined>(undefined);
  const [value, setValue] = useState<T | undefined>(undefined);
  const latest = useRef(0);
  const show = useCallback(async (read: () => Promise<StorageResult<T>>) => {
    const request = ++latest.current;
    const next = await read();
    if (request === latest.current) {
      // An older read never overwrites a newer one.
      setResult(next);
      if (next.ok) setValue(() => next.value);
      // Locked (a quick exit, the auto-lock, a lock in another tab): what was shown leaves the page.
      else if (next.problem === 'locked') setValue(undefined);
    }
    return next;
  }, []);
  const reload = useCallback(() => show(source.load), [show, source]);

  useEffect(() => {
    void show(() => firstRead(source));
    // After a change each screen reads afresh: a read in flight may have started before the change.
    const stop = source.watch(() => void show(source.load));
    return () => {
      latest.current += 1; // answers after leaving the screen are dropped
      stop();
    };
  }, [show, source]);

  return { result, value, reload };
}
