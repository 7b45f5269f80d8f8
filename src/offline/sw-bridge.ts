import { Workbox } from 'workbox-window';
import {
  FIRST_SCREEN_SCRIPT_ID,
  SERVICE_WORKER_SCOPE,
  SERVICE_WORKER_URL,
  SKIP_WAITING,
} from '../shared/page-ids';
import { saveEverythingPending } from '../shared/pending-saves';
import { trustedScriptURL } from '../shared/script-url';

export interface ServiceWorkerEvents {
  /** The first install finished: every screen and guide now works with no signal. */
  onOfflineReady: () => void;
  /** A new version is installed and waits for the person's consent. */
  onUpdateReady: () => void;
  /** Another version took over this page although nobody tapped "Update", here or in another tab. */
  onChangedWithoutConsent: () => void;
}

/** The app's tabs tell each other here that the person tapped "Update" in one of them. */
const UPDATE_CHANNEL = 'app-update';
const UPDATE_ACCEPTED = 'accepted';

/**
 * Watches the service worker and reports what the UI should say.
 * Returns the function that activates a waiting update and reloads; call it only when the person asks.
 */
export function watchServiceWorker(events: ServiceWorkerEvents): () => Promise<void> {
  // The worker takes control only once everything is precached (it claims pages on activation), and
  // only of a page it did not serve: then, once, the app is newly ready offline. A page the worker served
  // has no first-screen script (src/sw/app-shell.ts takes it out), so that is how to tell, whatever the
  // timing entries say (`workerStart` is 0 in Firefox and rounded in WebKit: the message came back on
  // nearly every load there). The worker may have taken over before this code ran.
  if (document.getElementById(FIRST_SCREEN_SCRIPT_ID)) {
    if (navigator.serviceWorker.controller) events.onOfflineReady();
    else navigator.serviceWorker.addEventListener('controllerchange', events.onOfflineReady, { once: true });
  }
  const change = watchController(events.onChangedWithoutConsent);

  // Another tab applied the update the person accepted there: the new version takes this tab over too
  // and deletes the old version's files, so save what is typed here and reload into it.
  const channel = new BroadcastChannel(UPDATE_CHANNEL);
  channel.addEventListener('message', (event: MessageEvent) => {
    if (event.data !== UPDATE_ACCEPTED) return;
    change.accepted = true;
    void saveEverythingPending()
      .then(() => change.replaced)
      .then(() => window.location.reload());
  });

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
    change.accepted = true;
    // First, so every other tab knows before the new version takes it over.
    channel.postMessage(UPDATE_ACCEPTED);
    await saveEverythingPending();
    const registration = await navigator.serviceWorker.getRegistration();
    // Another tab may already have applied the update: then only a reload is needed.
    if (!registration?.waiting) return window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    registration.waiting.postMessage({ type: SKIP_WAITING });
  };
}

/**
 * Follows which worker controls this page. The first one to take control (the first install's
 * `clients.claim()`, when the page had none) is expected; any later one is a new version, which only
 * the person may let in. `replaced` resolves once a new version controls the page.
 */
function watchController(onChangedWithoutConsent: () => void) {
  let controller = navigator.serviceWorker.controller;
  let resolveReplaced = (): void => undefined;
  const change = {
    accepted: false,
    replaced: new Promise<void>((resolve) => (resolveReplaced = resolve)),
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const before = controller;
    controller = navigator.serviceWorker.controller;
    if (!before) return;
    // Said first, before the page does anything else: someone may be about to type.
    if (!change.accepted) onChangedWithoutConsent();
    resolveReplaced();
  });
  return change;
}
