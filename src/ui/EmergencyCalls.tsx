import { useI18n } from '../i18n/i18n-context';
import { dialString } from '../shared/stored-phone';
import { localLineOf } from '../storage/contact-record';
import { watchedEmergencyNumbers, type CallableContact } from '../storage/open-numbers';
import { useStored } from './use-stored';

/**
 * The emergency bar's call buttons: the first emergency contact and the local rapid-response line, once
 * saved (while locked, only if the person chose to keep them open: `emergencyNumbersNow`). Loaded after the screen is drawn (EmergencyBar.tsx), with the storage code it reads them with.
 */
export default function EmergencyCalls() {
  const { t } = useI18n();
  // While locked, only if the person chose to keep these numbers open (storage says which).
  const { value: numbers } = useStored(watchedEmergencyNumbers);
  const contacts: readonly CallableContact[] = numbers?.contacts ?? [];
  // The local line is a rapid-response contact (the one place it is kept); the first contact is the
  // first other one, so the two buttons never ring the same contact.
  const line = localLineOf(contacts);
  const localLine = line?.phones[0];
  const first = contacts.find((contact) => contact.phones.length > 0 && contact !== line);
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
