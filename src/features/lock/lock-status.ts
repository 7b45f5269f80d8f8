import { useEffect, useState } from 'preact/hooks';
import { lockStatus, onLockChange, type LockStatus } from '../../storage/lock-store';

/**
 * Every mounted `useLockStatus`: told to read again when this page sets, opens or removes the lock (the
 * key's own changes, locking included, come from storage's `onLockChange`).
 */
const readers = new Set<() => void>();

/**
 * Whether a lock is set and this page holds its key; `undefined` until read. A failed read is taken as
 * 'none': the screen then shows its own storage problem (IndexedDB missing, say), as without a lock.
 */
export function useLockStatus(): LockStatus | undefined {
  const [status, setStatus] = useState<LockStatus | undefined>(undefined);
  useEffect(() => {
    let shown = true;
    const read = () =>
      void lockStatus().then((result) => shown && setStatus(result.ok ? result.value : 'none'));
    read();
    readers.add(read);
    // Locked by a quick exit or the auto-lock, here or in another tab: the unlock form at once.
    const stop = onLockChange(read);
    return () => {
      shown = false;
      readers.delete(read);
      stop();
    };
  }, []);
  return status;
}

/** Tells every screen on this page that the lock changed (set, opened, removed): each reads it again. */
export function lockChanged(): void {
  for (const read of readers) read();
}
