import { dialString, phoneParts } from '../shared/stored-phone';
import english from '../../locales/en/practice.json';
import type { Contact, ContactRole } from '../storage/contact-record';

// Plain: a file name is seen without the file being opened (tests/unit/file-names.test.ts).
export const CONTACTS_FILE_NAME = 'contacts.vcf';

/** The words written into each card's note, in the person's language. */
export interface VCardLabels {
  roles: Record<ContactRole, string>;
  languages: string;
  mayPickUpChildren: string;
}

const ENGLISH: VCardLabels = {
  roles: english.roles,
  languages: english.vcard.languages,
  mayPickUpChildren: english.vcard.mayPickUp,
};

/** vCard lines may be at most 75 octets; longer ones continue on lines that start with a space. */
const MAX_OCTETS = 75;
const CRLF = '\r\n';

/**
 * Contacts as vCard 3.0 text, the format Android and iPhone address books import: one card per
 * contact, one TEL per number, role, languages, notes and "may pick up the children" in the note.
 */
export function toVCard(contacts: readonly Contact[], labels: VCardLabels = ENGLISH): string {
  return contacts.map((contact) => card(contact, labels)).join('');
}

function card(contact: Contact, labels: VCardLabels): string {
  const note = [
    labels.roles[contact.role],
    contact.languages.trim() && `${labels.languages}: ${contact.languages.trim()}`,
    contact.mayPickUpChildren && labels.mayPickUpChildren,
    contact.notes.trim(),
  ].filter(Boolean);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    // The whole name as the given name: splitting "José Núñez García" into given and family
    // names would guess wrong for many names, and both address books show it whole this way.
    `N:;${text(contact.name)};;;`,
    `FN:${text(contact.name)}`,
    // An office extension after a comma, the pause both phones' address books keep and dial with it.
    ...contact.phones.map(
      (phone) => `TEL;TYPE=${phoneParts(phone).extension ? 'WORK' : 'CELL'}:${dialString(phone)}`,
    ),
    `NOTE:${text(note.join('\n'))}`,
    'END:VCARD',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** A text value escaped as vCard 3.0 requires: backslash, comma, semicolon and line breaks. */
function text(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // Other control characters have no place in a card and break some importers.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\,;\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
  );
}

/**
 * Splits a line into lines of at most 75 octets of UTF-8, never inside a character
 * (so "Núñez" stays readable) nor inside an escape such as "\n".
 */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const size = utf8Length(unit);
    if (octets + size > MAX_OCTETS) {
      out += `${CRLF} `;
      octets = 1; // the leading space counts
    }
    out += unit;
    octets += size;
  }
  return out;
}

function utf8Length(unit: string): number {
  let octets = 0;
  for (const char of unit) {
    const code = char.codePointAt(0) ?? 0;
    octets += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return octets;
}
