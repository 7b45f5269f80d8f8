import type { Note } from './guide-types';

/**
 * The notes a family reads: every note, but a state's own rule only where the family said it lives in
 * that state. `state` undefined (never said, or not readable now: sealed by the lock) shows them all.
 */
export function notesForState(notes: readonly Note[], state: string | undefined): Note[] {
  return notes.filter((note) => !note.onlyInState || !state || note.onlyInState === state);
}
