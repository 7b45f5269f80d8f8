import type { Incident } from '../../storage/incident-record';
import { askCheck, takeAnswer, type CheckAnswer } from '../warrant/public';

/** A record saved while locked, as this page holds it: the drop box lets no one read it back. */
export interface HeldRecord {
  incident: Incident;
  rev: number | undefined;
}

/** A warrant check's answer back at its record (`answer` gone once kept), and the record held while locked. */
export interface Returned {
  id: string;
  answer: CheckAnswer | undefined;
  draft: HeldRecord | undefined;
}

/** The record's address: its id is random (`crypto.randomUUID`), so it says nothing of the person. */
const recordPath = (id: string) => `/record/${id}`;

/**
 * Opens the warrant check for a record; its answer comes back through this page's memory, never the
 * address. A record saved while locked is held there too (`held`), since the form cannot read it back.
 */
export function checkThePaper(incident: Incident, held: HeldRecord | undefined): void {
  askCheck(recordPath(incident.id), held);
}

/** The check's answer kept for the record `id`, once; `undefined` when none is waiting. */
export function returnedFromCheck(id: string): Returned | undefined {
  const taken = takeAnswer<HeldRecord>(recordPath(id));
  return taken && { id, ...taken };
}

/** The record with the check's verdict, and the answers that led to it, in place of the ones before. */
export function withVerdict(incident: Incident, { verdict, answers }: CheckAnswer): Incident {
  return { ...incident, warrantShown: 'yes', warrantKind: verdict, warrantAnswers: { ...answers } };
}
