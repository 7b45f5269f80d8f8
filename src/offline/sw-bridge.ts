import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** The first install finished: every screen and guide now works with no signal. */
  onOfflineReady: () => void;
  /** A new version is installed and waits for the person's consent. */
  onUpdateReady: () => void;
}

/**
 * Registers the service worker and reports what the UI should say.
 * Returns the function that activates a waiting update and reloads; call it only when the person asks.
 */
export function watchServiceWorker(events: ServiceWorkerEvents): () => Promise<void> {
  const updateServiceWorker = registerSW({
    immediate: true,
    onOfflineReady: events.onOfflineReady,
    onNeedRefresh: events.onUpdateReady,
  });
  return async () => {
    // workbox-window reloads only if a worker already controlled the page when it loaded; a page
    // opened on the very first visit would keep showing the old version, so reload here as well.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    await updateServiceWorker(true);
  };
}
