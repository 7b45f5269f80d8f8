/** Why a storage call failed, in terms the UI can explain to a person. */
export type StorageProblem =
  | 'unavailable' // IndexedDB missing or refused (some private modes)
  | 'quota' // the device is out of space
  | 'blocked' // another open tab holds an older version of the database
  | 'unknown';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** Maps a thrown IndexedDB error to the problem a person can act on. */
export function toProblem(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return 'unavailable';
  if (name === 'BlockedError') return 'blocked';
  return 'unknown';
}
