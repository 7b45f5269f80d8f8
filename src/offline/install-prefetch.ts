import { INSTALL_PREFETCH_ID } from '../shared/page-ids';

/**
 * On a first visit, starts downloading (at low priority) every file the service worker is about to
 * precache, so its install finds them in the HTTP cache instead of paying a round trip for each. Called
 * once the first screen is on the display: before that, those bytes would only hold it back on a slow
 * link. A page the worker already serves needs none of it. Calling it twice is harmless.
 */
export function prefetchForInstall(): void {
  const hints = document.getElementById(INSTALL_PREFETCH_ID);
  if (!(hints instanceof HTMLTemplateElement) || navigator.serviceWorker?.controller) return;
  // What the page has loaded already (its language's strings, a guide's screens) is in the HTTP cache.
  const loaded = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  const links = [...hints.content.children].filter(
    (link) => !loaded.has(new URL(link.getAttribute('href') ?? '', location.href).href),
  );
  hints.remove();
  // One per task: each starts a request, which costs the main thread a few milliseconds.
  const addOne = (): void => {
    const link = links.shift();
    if (!link) return;
    document.head.append(link);
    setTimeout(addOne, 0);
  };
  addOne();
}
