import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onChange } from '../storage/changes';
import type { StorageResult } from '../storage/result';
import type { StoreName } from '../storage/schema';

/**
 * Reads something from the device, and reads it again when another tab changes its store, so this
 * screen never shows an old copy. `undefined` until the first read answers.
 */
export function useStored<T>(
  load: () => Promise<StorageResult<T>>,
  store: StoreName,
): [StorageResult<T> | undefined, () => void] {
  const [result, setResult] = useState<StorageResult<T> | undefined>(undefined);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    void load().then((next) => {
      if (request === latest.current) setResult(next); // an older read never overwrites a newer one
    });
  }, [load]);

  useEffect(() => {
    reload();
    const stop = onChange(store, reload);
    return () => {
      latest.current += 1; // answers after leaving the screen are dropped
      stop();
    };
  }, [reload, store]);

  return [result, reload];
}
