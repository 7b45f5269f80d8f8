/** The <template> in index.html with a prefetch hint for every file the worker precaches (vite.config.ts). */
export const INSTALL_PREFETCH_ID = 'install-prefetch';

/** Hints added per task: each starts a request, which costs the main thread a little. */
const PER_TASK = 3;

/**
 * On a first visit, starts downloading (at low priority) every file the service worker is about to
 * precache, so its install finds them in the HTTP cache instead of paying a round trip for each. Called
 * once the first screen is on the display: before that, those bytes would only hold it back on a slow
 * link. A page the worker already serves needs none of it. Calling it twice is harmless.
 */
export function prefetchForInstall(): void {
  const hints = document.getElementById(INSTALL_PREFETCH_ID);
  if (!(hints instanceof HTMLTemplateElement) || navigator.serviceWorker?.controller) return;
  const links = [...hints.content.children];
  hints.remove();
  const addSome = (): void => {
    document.head.append(...links.splice(0, PER_TASK));
    if (links.length > 0) setTimeout(addSome, 0);
  };
  addSome();
}
