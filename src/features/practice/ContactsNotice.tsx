import { useI18n } from '../../i18n/i18n-context';
import type { ContactList } from '../../storage/contacts-store';
import type { StorageResult } from '../../storage/result';

interface Props {
  /** The read of the contacts; `undefined` while it runs. */
  contacts: StorageResult<ContactList> | undefined;
  /** What to say when there is no contact yet. */
  empty: string;
  /** Whether to say how many contacts could not be read. */
  countUnreadable?: boolean;
}

/** The practice screens' first lines when the contacts cannot help: not read, damaged, or none yet. */
export function ContactsNotice({ contacts, empty, countUnreadable = false }: Props) {
  const { t } = useI18n();
  if (!contacts) return null;
  if (!contacts.ok) {
    return (
      <p class="notice" role="alert">
        {t('practice.loadFailed')}
      </p>
    );
  }
  const { unreadable } = contacts.value;
  return (
    <>
      {countUnreadable && unreadable > 0 && (
        <p class="notice">{t('practice.unreadable', { count: unreadable })}</p>
      )}
      {contacts.value.contacts.length === 0 && (
        <>
          <p>{empty}</p>
          <p>
            <a class="button" href="/contacts">
              {t('practice.addContacts')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
