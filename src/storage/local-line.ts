import { localLineAsStored } from '../shared/stored-phone';
import type { Contact } from './contact-record';

/**
 * The local rapid-response line lives in one place since database version 6: the contacts with the role
 * `rapid-response` (the help screen's call buttons, the emergency bar, the wallet card and the drill read
 * them). A line an older version kept as a setting, on the phone (the version 6 migration) or in a backup
 * file (read-file.ts), becomes such a contact here.
 */

/** The id of a contact made from a saved setting, the same on every phone: a second copy replaces the first. */
export const LOCAL_LINE_ID = 'local-line';

/**
 * Its name. Neither the migration nor a file knows which language the person reads (a language saved
 * as a setting is only the last one picked, and a name cannot follow the screen's language), and the
 * strings live with the screens: so one fixed name in both of the app's languages, short enough for the
 * wallet card. The role beside it is shown in the person's language, and they can rename it.
 */
export const LOCAL_LINE_NAME = 'Local line · Línea local';

/** What becomes of a saved local line among `contacts`. */
export type LineMove =
  | { to: 'contact'; contact: Contact }
  /** A rapid-response contact already has this number. */
  | { to: 'existing' }
  /** Its digits do not say which number it is (shared/stored-phone.ts): nothing is guessed. */
  | { to: 'nowhere' };

/**
 * The contact a saved local line becomes: a rapid-response line at the end of the calling order (the
 * person's first contact stays first), unless a rapid-response contact already has the number.
 */
export function moveLocalLine(
  saved: string,
  contacts: readonly Contact[],
  takenIds: ReadonlySet<string>,
): LineMove {
  const number = localLineAsStored(saved);
  if (number === undefined) return { to: 'nowhere' };
  const known = contacts.some(
    (contact) => contact.role === 'rapid-response' && contact.phones.includes(number),
  );
  if (known) return { to: 'existing' };
  let id = LOCAL_LINE_ID;
  for (let n = 2; takenIds.has(id); n += 1) id = `${LOCAL_LINE_ID}-${n}`;
  const last = contacts.reduce((highest, contact) => Math.max(highest, contact.order), -1);
  return {
    to: 'contact',
    contact: {
      id,
      name: LOCAL_LINE_NAME,
      phones: [number],
      role: 'rapid-response',
      languages: '',
      notes: '',
      mayPickUpChildren: false,
      order: Math.min(last + 1, 1_000_000),
    },
  };
}
