/** Why a storage call failed, in terms the UI can explain to a person. */
export type StorageProblem =
  | 'unavailable' // IndexedDB missing or refused (some private modes)
  | 'quota' // the device is out of space
  | 'blocked' // another open tab holds an older version of the database
  | 'stale' // the record changed (or was deleted) in another tab since this copy was read
  | 'invalid' // the record breaks its schema: nothing was written
  | 'newer' // a newer version of the app saved the record: this one cannot read or keep it (reload)
  | 'reset' // everything was deleted or replaced in another tab since this page read it (reload)
  | 'locked' // a lock is set and this page holds no key (or another tab changed the lock): unlock first
  | 'unknown';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** Thrown inside the storage layer for problems IndexedDB itself does not name. */
export class StorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(problem);
    this.name = 'StorageError';
  }
}

/** Maps a thrown IndexedDB error to the problem a person can act on. */
export function toProblem(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  const { name, message } =
    error instanceof Error || error instanceof DOMException ? error : { name: '', message: '' };
  if (name === 'QuotaExceededError') return 'quota';
  // A full disk before the quota is reached (Chromium 156, a profile on a small tmpfs): a file's bytes
  // cannot be written, and the transaction aborts as this DataError, not as QuotaExceededError.
  if (name === 'DataError' && message.startsWith('Failed to write blobs')) return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return 'unavailable';
  if (name === 'BlockedError') return 'blocked';
  if (name === 'DataError' || name === 'DataCloneError') return 'invalid';
  return 'unknown';
}

/** Runs a storage operation and turns any failure into a typed result, never a throw. */
export async function attempt<T>(operation: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}
