/**
 * Registers the service worker as soon as the page starts, in parallel with the app's own code,
 * so the first visit is safe offline as early as possible on a slow link (each round trip there
 * can take 400 ms). src/offline/sw-bridge.ts registers the same worker again later, for its events.
 * It imports nothing, not even SERVICE_WORKER_URL and EARLY_REGISTRATION_POLICY (src/shared/page-ids.ts):
 * an import would be one more round trip before the worker registers. The build fails if it does not
 * spell both. So it cannot share src/shared/script-url.ts's Trusted Types policy either: its own can give
 * nothing but the worker's URL, whatever it is asked for.
 * Inside another page's frame it does nothing, as the app does not start there (src/main.tsx).
 * It also keeps the browser's install offer (`beforeinstallprompt`, once a page load) and the news that the
 * app was installed for src/offline/install-prompt.ts, whose code loads after the first screen: an event
 * fired before then would be lost, and the home screen's card would have no Install button.
 */
for (const type of ['beforeinstallprompt', 'appinstalled'])
  addEventListener(type, (event) => {
    event.preventDefault(); // the home screen's card offers it, at a calm moment
    (window as { earlyInstallEvent?: Event }).earlyInstallEvent = event;
  });

interface EarlyPolicy {
  createPolicy(
    name: string,
    rules: { createScriptURL: () => string },
  ): { createScriptURL(url: string): string };
}

if ('serviceWorker' in navigator && window.top === window.self) {
  const trustedTypes = (window as { trustedTypes?: EarlyPolicy }).trustedTypes;
  const url = '/sw.js';
  navigator.serviceWorker
    .register(
      trustedTypes?.createPolicy('sw-registration', { createScriptURL: () => url }).createScriptURL('') ??
        url,
      {
        scope: '/',
      },
    )
    .catch(() => {
      // Unsupported or refused (e.g. some private modes): the app still works online.
    });
}
