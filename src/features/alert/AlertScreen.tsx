import { useLocation } from 'preact-iso';
import { NEW_ALERT, SITUATIONS, type Situation } from '../../storage/alert-record';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { OpeningScreen, useLockStatus } from '../lock/public';
import { LockedAlert } from './LockedAlert';
import { firstToSend } from './outgoing';
import { noteOpened } from './sent';
import { useAlertData } from './use-alert-data';

/**
 * `/alert`: one big button per situation. A situation set up opens the messaging app for its first
 * person at once (the second tap from the home screen) and shows the rest of the sending on its screen.
 */
export function AlertScreen() {
  const { t } = useI18n();
  const lock = useLockStatus();
  if (lock === undefined) return <OpeningScreen />;
  if (lock === 'locked') return <LockedAlert />;
  return (
    <Screen title={t('alert.title')}>
      <p>{t('alert.intro')}</p>
      <Situations />
    </Screen>
  );
}

function Situations() {
  const { t, language } = useI18n();
  const { route } = useLocation();
  const { data, failed } = useAlertData();
  if (failed)
    return (
      <p class="notice" role="alert">
        {t('alert.loadFailed')}
      </p>
    );
  if (!data) return null;
  const first = (situation: Situation) =>
    firstToSend(t, situation, data.alerts.alerts.get(situation) ?? NEW_ALERT, data, language);
  return (
    <>
      <nav aria-label={t('alert.pick')}>
        <ul class="actions">
          {SITUATIONS.map((situation) => {
            const send = first(situation);
            const title = <span class="action-title">{t(`alert.situations.${situation}`)}</span>;
            if (!send)
              return (
                <li key={situation}>
                  <a class="action" href={`/alert/${situation}/setup`}>
                    {title}
                    <span class="action-hint">{t('alert.notSetUp')}</span>
                  </a>
                </li>
              );
            return (
              <li key={situation}>
                <a
                  class={situation === 'practice' || situation === 'safe' ? 'action' : 'action action-urgent'}
                  href={send.href}
                  // The messaging app opens over the app; the rest of the sending waits on its screen.
                  // After the click's task, so the link tapped is the one followed (SendScreen.tsx).
                  onClick={() =>
                    setTimeout(() => {
                      noteOpened(situation, send.contactId);
                      route(`/alert/${situation}`);
                    })
                  }
                >
                  {title}
                  <span class="action-hint">
                    {t('alert.opensFor')} <bdi>{send.name}</bdi>
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <h2>{t('alert.setUpLink')}</h2>
      <ul class="link-list">
        {SITUATIONS.map((situation) => (
          <li key={situation}>
            <a class="link-target" href={`/alert/${situation}/setup`}>
              {t(`alert.situations.${situation}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
