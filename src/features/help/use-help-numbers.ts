import { localLineOf } from '../../storage/contact-record';
import { watchedContacts, type SavedContact } from '../../storage/contacts-store';
import { useStored } from '../../ui/use-stored';
import { formatPhone } from '../../shared/phone';

/** One call button at the top of the help screen. */
export interface HelpCall {
  key: string;
  kind: 'lawyer' | 'local';
  /** The saved contact's name. */
  name: string;
  dial: string;
  shown: string;
  /** The number came from a backup file (a file may come from someone else) and was not confirmed since. */
  fromFile?: boolean;
}

export interface HelpNumbers {
  /** The person's lawyers, then their local rapid-response lines: `undefined` until the contacts are read. */
  calls: HelpCall[] | undefined;
  /**
   * The local line: a rapid-response contact (`localLineOf`), the one place the line is kept (this
   * screen saves it there, the emergency bar and the wallet card read it there).
   */
  localLine: SavedContact | undefined;
  /** Every contact, to add the local line after them. */
  contacts: SavedContact[];
  hasLawyer: boolean;
  /** A read failed: what could be read is still shown. */
  failed: boolean;
  /** Reads the contacts again, after this screen saved the local line. */
  reload: () => void;
}

/** The lawyers and local lines this phone holds, kept current when another tab changes them. */
export function useHelpNumbers(): HelpNumbers {
  const { result, reload } = useStored(watchedContacts);
  const saved = result?.ok ? result.value.contacts : [];
  const lawyers = saved.filter((contact) => contact.role === 'lawyer');
  const localLines = saved.filter((contact) => contact.role === 'rapid-response');
  const calls = result
    ? [
        ...lawyers.flatMap((contact) => contactCalls(contact, 'lawyer')),
        ...localLines.flatMap((contact) => contactCalls(contact, 'local')),
      ]
    : undefined;

  return {
    calls,
    localLine: localLineOf(localLines),
    contacts: saved,
    hasLawyer: lawyers.length > 0,
    failed: result !== undefined && !result.ok,
    reload: () => void reload(),
  };
}

function contactCalls(contact: SavedContact, kind: HelpCall['kind']): HelpCall[] {
  return contact.phones.map((phone) => ({
    key: `${contact.id} ${phone}`,
    kind,
    name: contact.name,
    dial: phone,
    shown: formatPhone(phone),
    fromFile: contact.fromFile === true,
  }));
}
