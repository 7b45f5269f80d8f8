/**
 * Registers the service worker as soon as the page starts, in parallel with the app's own code,
 * so the first visit is safe offline as early as possible on a slow link (each round trip there
 * can take 400 ms). src/offline/sw-bridge.ts registers the same worker again later, for its events.
 * It imports nothing, not even SERVICE_WORKER_URL and EARLY_REGISTRATION_POLICY (src/shared/page-ids.ts):
 * an import would be one more round trip before the worker registers. The build fails if it does not
 * spell both. So it cannot share src/shared/script-url.ts's Trusted Types policy either: its own can give
 * nothing but the worker's URL, whatever it is asked for.
 * Inside another page's frame it does nothing, as the app does not start there (src/main.tsx).
 */
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
