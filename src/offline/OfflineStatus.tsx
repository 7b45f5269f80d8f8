import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

type Status = 'idle' | 'offline-ready' | 'update-ready';

/**
 * Says once that the app works offline, and offers a waiting update without ever applying it
 * on its own: the person may be in the middle of typing something.
 */
export function OfflineStatus() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>('idle');
  const applyUpdate = useRef<() => Promise<void>>(undefined);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // Loaded after the first paint: watching the worker is never on the way to the first screen.
    import('./sw-bridge').then(
      ({ watchServiceWorker }) => {
        applyUpdate.current = watchServiceWorker({
          onOfflineReady: () => setStatus('offline-ready'),
          onUpdateReady: () => setStatus('update-ready'),
        });
      },
      () => undefined, // not fetched (offline before the install finished): nothing to say yet
    );
  }, []);

  return (
    <div class="offline-status" role="status">
      {status === 'offline-ready' && (
        <div class="toast">
          {/* Only the title on screen: a two-line note would be the largest text on a first visit's page,
              and so its Largest Contentful Paint, seconds after the content. Screen readers hear it all. */}
          <p>
            <strong>{t('common.offline.ready')}</strong>{' '}
            <span class="visually-hidden">{t('common.offline.readyDetail')}</span>
          </p>
          <button type="button" onClick={() => setStatus('idle')}>
            {t('common.offline.close')}
          </button>
        </div>
      )}
      {status === 'update-ready' && (
        <div class="toast">
          <p>
            <strong>{t('common.offline.updateReady')}</strong> {t('common.offline.updateDetail')}
          </p>
          <button type="button" class="primary" onClick={() => void applyUpdate.current?.()}>
            {t('common.offline.update')}
          </button>
          <button type="button" onClick={() => setStatus('idle')}>
            {t('common.offline.later')}
          </button>
        </div>
      )}
    </div>
  );
}
