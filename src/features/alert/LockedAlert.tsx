import { useEffect, useState } from 'preact/hooks';
import { recipientsOpenWhileLocked } from '../../storage/alert-store';
import type { StoredContact } from '../../storage/contact-record';
import { dialString } from '../../shared/stored-phone';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { UnlockForm } from '../lock/public';

type OpenContact = Pick<StoredContact, 'id' | 'name' | 'phones' | 'role'>;

/**
 * The alert while locked: the unlock form and a plain line. The people the lock's "emergency numbers
 * usable while locked" lets through (`recipientsOpenWhileLocked`, none until that list exists) can be
 * called without unlocking.
 */
export function LockedAlert() {
  const { t } = useI18n();
  const [open, setOpen] = useState<OpenContact[]>([]);
  useEffect(() => {
    void recipientsOpenWhileLocked().then((result) => setOpen(result.ok ? result.value : []));
  }, []);
  return (
    <Screen title={t('alert.title')}>
      <p>{t('alert.locked')}</p>
      {open.length > 0 && (
        <ul class="call-now-list">
          {open.map((contact) => (
            <li key={contact.id}>
              <a class="button call" href={`tel:${dialString(contact.phones[0] ?? '')}`}>
                {t('alert.send.call')} <bdi>{contact.name}</bdi>
              </a>
            </li>
          ))}
        </ul>
      )}
      <UnlockForm />
    </Screen>
  );
}
