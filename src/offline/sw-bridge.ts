import { Workbox } from 'workbox-window';
import { SERVICE_WORKER_SCOPE, SERVICE_WORKER_URL, SKIP_WAITING } from '../shared/page-ids';
import { trustedScriptURL } from '../shared/script-url';

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

  // A TrustedScriptURL: the CSP refuses a plain string (workbox-window takes either).
  const workbox = new Workbox(trustedScriptURL(SERVICE_WORKER_URL) as string, {
    scope: SERVICE_WORKER_SCOPE,
  });
  workbox.addEventListener('waiting', events.onUpdateReady);
  void workbox.register().then(
    (registration) => {
      // register-early.ts may have found an update before this code ran: workbox-window only sees
      // one that is already waiting, so follow one that is still installing here.
      const installing = registration?.installing;
      if (installing && navigator.serviceWorker.controller) {
        installing.addEventListener('statechange', () => {
          if (installing.state === 'installed') events.onUpdateReady();
        });
      }
    },
    () => undefined, // no worker (private mode, dev server): the app still works online
  );

  return async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    // Another tab may already have applied the update: then only a reload is needed.
    if (!registration?.waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    registration.waiting.postMessage({ type: SKIP_WAITING });
  };
}
