import { onChange } from './changes';
import { onKeyChange } from './lock/held-key';
import type { StorageResult } from './result';
import type { StoreName } from './schema';

/**
 * Something stored that a screen shows and keeps current: how to read it, and when to read it again.
 * Each store module exports its own (`watchedContacts`, `watchedPlan`…), so no screen names a store;
 * src/ui/use-stored.ts is the one hook that reads them.
 */
export interface Watched<T> {
  /** Reads it; never throws. */
  load: () => Promise<StorageResult<T>>;
  /**
   * Calls `listener` when another tab changes it (a save, an import, "delete all"), or when this page is
   * unlocked or locked (what it reads then differs); returns the unsubscribe.
   */
  watch: (listener: () => void) => () => void;
}

/** `load`, read again whenever another tab changes one of `stores`, and after an unlock or a lock. */
export function watched<T>(stores: readonly StoreName[], load: () => Promise<StorageResult<T>>): Watched<T> {
  return {
    load,
    watch: (listener) => {
      const stopChanges = onChange(stores, listener);
      const stopKey = onKeyChange(listener);
      return () => {
        stopChanges();
        stopKey();
      };
    },
  };
}
