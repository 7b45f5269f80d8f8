import { localLineOf } from '../../storage/contact-record';
import type { SavedContact } from '../../storage/contacts-store';
import { watchedEmergencyNumbers, type CallableContact } from '../../storage/open-numbers';
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
  /**
   * The person's lawyers, then their local rapid-response lines: `undefined` until the numbers are read,
   * and while locked unless the person chose to keep a few open (then those: `emergencyNumbersNow`).
   */
  calls: HelpCall[] | undefined;
  /** Read from the records (no lock, or unlocked): the local line can be edited, and "save one" offered. */
  fromRecords: boolean;
  /**
   * The local line: a rapid-response contact (`localLineOf`) of the profile's own records, the one place
   * the line is kept (this screen saves it there, the emergency bar and the wallet card read it there).
   * Never one of the calls storage adds that are not this profile's records (`saved` in
   * `emergencyNumbersNow`): saving over one would copy it into this profile.
   */
  localLine: SavedContact | undefined;
  /** Every contact of the profile's own records, to add the local line after them (none while locked). */
  contacts: SavedContact[];
  hasLawyer: boolean;
  /** A read failed: what could be read is still shown. */
  failed: boolean;
  /** Reads the contacts again, after this screen saved the local line. */
  reload: () => void;
}

/**
 * The lawyers and local lines this phone may show now (storage decides, also while locked), kept current
 * when another tab changes them and on every unlock or lock.
 */
export function useHelpNumbers(): HelpNumbers {
  const { result, reload } = useStored(watchedEmergencyNumbers);
  const now = result?.ok ? result.value : undefined;
  const saved = now?.from === 'records' ? now.saved : [];
  const callable: readonly CallableContact[] = now?.contacts ?? [];
  const lawyers = callable.filter((contact) => contact.role === 'lawyer');
  const localLines = callable.filter((contact) => contact.role === 'rapid-response');
  const calls =
    result && now?.from !== 'closed'
      ? [
          ...lawyers.flatMap((contact) => contactCalls(contact, 'lawyer')),
          ...localLines.flatMap((contact) => contactCalls(contact, 'local')),
        ]
      : undefined;

  return {
    calls,
    fromRecords: now?.from === 'records',
    localLine: localLineOf(saved),
    contacts: saved,
    hasLawyer: lawyers.length > 0,
    failed: result !== undefined && !result.ok,
    reload: () => void reload(),
  };
}

function contactCalls(contact: CallableContact, kind: HelpCall['kind']): HelpCall[] {
  return contact.phones.map((phone) => ({
    key: `${contact.id} ${phone}`,
    kind,
    name: contact.name,
    dial: phone,
    shown: formatPhone(phone),
    fromFile: contact.fromFile === true,
  }));
}
