import { Workbox } from 'workbox-window';

export interface ServiceWorkerEvents {
  /** The first install finished: every screen and guide now works with no signal. */
  onOfflineReady: () => void;
  /** A new version is installed and waits for the person's consent. */
  onUpdateReady: () => void;
}

/** True when a service worker served this page, i.e. the app was already installed for offline use. */
function loadedFromServiceWorker(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return (navigation?.workerStart ?? 0) > 0;
}

/**
 * Watches the service worker and reports what the UI should say.
 * Returns the function that activates a waiting update and reloads; call it only when the person asks.
 */
export function watchServiceWorker(events: ServiceWorkerEvents): () => Promise<void> {
  if (!loadedFromServiceWorker()) {
    // The worker takes control only once everything is precached (it claims pages on activation).
    // It may have done so before this code ran: register-early.ts starts it at page load.
    if (navigator.serviceWorker.controller) events.onOfflineReady();
    else navigator.serviceWorker.addEventListener('controllerchange', events.onOfflineReady, { once: true });
  }

  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', events.onUpdateReady);
  // An update found by another tab, or by registration.update(), is "external" to this page.
  workbox.addEventListener('installed', (event) => {
    if (event.isExternal) events.onUpdateReady();
  });
  void workbox.register();

  return async () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    workbox.messageSkipWaiting();
  };
}
