import { useEffect, useRef, useState } from 'preact/hooks';
import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { watchServiceWorker } from './sw-bridge';
// Hears the browser's install events from now on (earlier ones register-early.ts kept), on every screen.
import './install-prompt';

// Its words come with it, not with the first screen's strings.
addScreenStrings(import.meta.glob('/locales/{en,es}/offline.json', { eager: true, import: 'default' }));

type Status = 'idle' | 'offline-ready' | 'update-ready' | 'changed-without-consent';

/**
 * Says once that the app works offline, and offers a waiting update without ever applying it
 * on its own: the person may be in the middle of typing something. Loaded after the first screen
 * (src/ui/Layout.tsx), with the code that watches the worker: neither is on the way to the first paint.
 * It renders inside the layout's status region, which is on the page from the start, so screen readers
 * announce what appears in it.
 */
export default function OfflineStatus() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>('idle');
  const applyUpdate = useRef<() => Promise<void>>(undefined);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    applyUpdate.current = watchServiceWorker({
      onOfflineReady: () => setStatus('offline-ready'),
      onUpdateReady: () => setStatus('update-ready'),
      onChangedWithoutConsent: () => setStatus('changed-without-consent'),
    });
  }, []);

  return (
    <>
      {status === 'offline-ready' && (
        <div class="offline-note">
          {/* Only the title on screen: a two-line note would be the largest text on a first visit's page,
              and so its Largest Contentful Paint, seconds after the content. Screen readers hear it all. */}
          <p>
            <strong>{t('offline.ready')}</strong>{' '}
            <span class="visually-hidden">{t('offline.readyDetail')}</span>
          </p>
          <button type="button" onClick={() => setStatus('idle')}>
            {t('offline.close')}
          </button>
        </div>
      )}
      {status === 'changed-without-consent' && (
        // An alert, not a status: it must interrupt, and it stays until the person closes it.
        <div class="toast" role="alert">
          <p>
            <strong>{t('offline.changedWithoutConsent')}</strong>
          </p>
          <button type="button" onClick={() => setStatus('idle')}>
            {t('offline.close')}
          </button>
        </div>
      )}
      {status === 'update-ready' && (
        <div class="toast">
          <p>
            <strong>{t('offline.updateReady')}</strong> {t('offline.updateDetail')}
          </p>
          <button type="button" class="primary" onClick={() => void applyUpdate.current?.()}>
            {t('offline.update')}
          </button>
          <button type="button" onClick={() => setStatus('idle')}>
            {t('offline.later')}
          </button>
        </div>
      )}
    </>
  );
}
