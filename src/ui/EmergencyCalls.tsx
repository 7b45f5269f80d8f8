import { useI18n } from '../i18n/i18n-context';
import { dialString } from '../shared/stored-phone';
import { localLineOf } from '../storage/contact-record';
import { watchedContacts } from '../storage/contacts-store';
import { useStored } from './use-stored';

/**
 * The emergency bar's call buttons: the first emergency contact and the local rapid-response line, once
 * saved. Loaded after the screen is drawn (EmergencyBar.tsx), with the storage code it reads them with.
 */
export default function EmergencyCalls() {
  const { t } = useI18n();
  const { value: contacts } = useStored(watchedContacts);
  // The local line is a rapid-response contact (the one place it is kept); the first contact is the
  // first other one, so the two buttons never ring the same contact.
  const line = localLineOf(contacts?.contacts ?? []);
  const localLine = line?.phones[0];
  const first = contacts?.contacts.find((contact) => contact.phones.length > 0 && contact !== line);
  return (
    <>
      {first && (
        <li>
          <a href={`tel:${dialString(first.phones[0] ?? '')}`} class="emergency-call">
            <span>
              {t('emergency.call')} <bdi class="emergency-who">{first.name}</bdi>
            </span>
          </a>
        </li>
      )}
      {localLine && (
        <li>
          <a href={`tel:${dialString(localLine)}`} class="emergency-call">
            {t('emergency.localLine')}
          </a>
        </li>
      )}
    </>
  );
}
