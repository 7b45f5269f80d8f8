/**
 * Registers the service worker as soon as the page starts, in parallel with the app's own code,
 * so the first visit is safe offline as early as possible on a slow link (each round trip there
 * can take 400 ms). src/offline/sw-bridge.ts registers the same worker again later, for its events.
 * It imports nothing, not even SERVICE_WORKER_URL (src/shared/page-ids.ts): an import would be one more
 * round trip before the worker registers. The build fails if this URL is not that one.
 */
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Unsupported or refused (e.g. some private modes): the app still works online.
  });
}
