import type { Situation } from '../../storage/alert-record';

/*
 * Who the message has been opened for, per situation: in this page's memory only (never stored: it says
 * who was alerted and when). The messaging app opens over the app and the person comes back to it; a
 * reload starts the list again.
 */
const opened = new Map<Situation, string[]>();

/** The contact ids the message for `situation` was opened for, in order. */
export function openedFor(situation: Situation): readonly string[] {
  return opened.get(situation) ?? [];
}

/** Notes that the message for `situation` was opened for `contactId`. */
export function noteOpened(situation: Situation, contactId: string): void {
  const list = opened.get(situation) ?? [];
  if (!list.includes(contactId)) opened.set(situation, [...list, contactId]);
}
