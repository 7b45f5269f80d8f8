/**
 * The address the plan uses to send a person to add a contact and bring them back, and the contacts
 * screen reads: `/contacts?add=<kind>&back=<plan path>`. The kind starts the form as the question
 * needs (someone who may pick up the children, a lawyer, the local line); `back` may only be one of
 * the plan's own screens, so the address cannot send anyone elsewhere. Nothing personal is in it.
 */
export const ADD_KINDS = ['someone', 'pick-up', 'lawyer', 'rapid-response'] as const;
export type AddKind = (typeof ADD_KINDS)[number];

const PLAN_PATH = /^\/plan(\/[a-z-]+)?$/;

export function addContactPath(kind: AddKind, back: string): string {
  const query = new URLSearchParams({ add: kind });
  if (PLAN_PATH.test(back)) query.set('back', back);
  return `/contacts?${query.toString()}`;
}

/** What `/contacts?…` asks for, or `undefined` for a plain visit (or an address not made here). */
export function readAddContact(
  query: Record<string, string | undefined>,
): { kind: AddKind; back?: string } | undefined {
  const kind = ADD_KINDS.find((known) => known === query['add']);
  if (!kind) return undefined;
  const back = query['back'];
  return back !== undefined && PLAN_PATH.test(back) ? { kind, back } : { kind };
}
