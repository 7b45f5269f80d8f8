import type { SavedContact } from '../../storage/contacts-store';

/** Lower case without accents, so "jose" finds "José". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The contacts whose name, role, languages or notes contain every word of the query,
 * or whose number contains its digits ("0100" finds (213) 555-0100).
 */
export function filterContacts(
  contacts: SavedContact[],
  query: string,
  roleName: (contact: SavedContact) => string,
): SavedContact[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return contacts;
  const digits = query.replace(/\D/g, '');
  const digitsOnly = digits.length >= 3 && /^[\d\s()+.-]+$/.test(query.trim());
  return contacts.filter((contact) => {
    if (digitsOnly) return contact.phones.some((phone) => phone.includes(digits));
    const text = fold([contact.name, roleName(contact), contact.languages, contact.notes].join(' '));
    return words.every((word) => text.includes(word));
  });
}
