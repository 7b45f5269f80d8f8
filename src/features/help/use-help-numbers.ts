import { watchedContacts, type SavedContact } from '../../storage/contacts-store';
import { watchedSettingEntry } from '../../storage/settings-store';
import { useStored } from '../../ui/use-stored';
import { formatPhone, samePhone, savedLocalLine, writtenLocalLine } from '../../shared/phone';

/** One call button at the top of the help screen. */
export interface HelpCall {
  key: string;
  kind: 'lawyer' | 'local';
  /** The saved contact's name; none for the local line saved on this screen. */
  name?: string;
  dial: string;
  shown: string;
  /** The number came from a backup file (a file may come from someone else) and was not confirmed since. */
  fromFile?: boolean;
}

export interface HelpNumbers {
  /** The person's lawyers, then their local rapid-response line: `undefined` until both reads answer. */
  calls: HelpCall[] | undefined;
  /** The local line saved on this screen, as dialable digits. */
  localLine: string | undefined;
  /** The local line came from a backup file and the person has not saved it here since. */
  localLineFromFile: boolean;
  hasLawyer: boolean;
  /** A read failed: what could be read is still shown. */
  failed: boolean;
  /** Reads the local line again, after this screen saved it. */
  reloadLocalLine: () => void;
}

/** The lawyers and local lines this phone holds, kept current when another tab changes them. */
export function useHelpNumbers(): HelpNumbers {
  const { result: contacts } = useStored(watchedContacts);
  const { result: setting, reload: reloadSetting } = useStored(watchedSettingEntry('rapidResponseNumber'));
  const saved = contacts?.ok ? contacts.value.contacts : [];
  const localLine = setting?.ok ? savedLocalLine(setting.value?.value) : undefined;
  const lawyers = saved.filter((contact) => contact.role === 'lawyer');
  const localContacts = saved.filter((contact) => contact.role === 'rapid-response');

  const calls =
    contacts && setting
      ? [
          ...lawyers.flatMap((contact) => contactCalls(contact, 'lawyer')),
          ...(localLine
            ? [
                {
                  key: 'local-line',
                  kind: 'local' as const,
                  dial: localLine,
                  shown: writtenLocalLine(localLine),
                  fromFile: setting?.ok === true && setting.value?.fromFile === true,
                },
              ]
            : []),
          // A rapid-response line saved as a contact too, unless it is the number saved on this screen.
          ...localContacts
            .flatMap((contact) => contactCalls(contact, 'local'))
            .filter((call) => !localLine || !samePhone(call.dial, localLine)),
        ]
      : undefined;

  return {
    calls,
    localLine,
    localLineFromFile: setting?.ok === true && setting.value?.fromFile === true,
    hasLawyer: lawyers.length > 0,
    failed: (contacts !== undefined && !contacts.ok) || (setting !== undefined && !setting.ok),
    reloadLocalLine: () => void reloadSetting(),
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
