import type { Contact } from '../../storage/contact-record';

/** A plan field that links to a contact: nobody chosen, a contact since deleted, or the contact. */
export type ContactLink =
  { kind: 'none' } | { kind: 'deleted' } | { kind: 'contact'; name: string; phones: string[] };

/** A contact id from the plan, resolved among `contacts` to that contact's name and numbers. */
export function linkTo(
  id: string,
  contacts: readonly Pick<Contact, 'id' | 'name' | 'phones'>[],
): ContactLink {
  if (id === '') return { kind: 'none' };
  const found = contacts.find((contact) => contact.id === id);
  return found ? { kind: 'contact', name: found.name, phones: [...found.phones] } : { kind: 'deleted' };
}
