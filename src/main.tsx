/**
 * The entry, kept tiny: at "/" the home screen is already on the page (pre-rendered at build time,
 * src/first-paint/), so the app's own code starts only once the browser has painted. Module scripts
 * that are already downloaded (offline, from the service worker) would otherwise run first.
 * It imports nothing: a module it shared with the app would make every chunk of the app import it.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden')
    run(); // a hidden page paints no frame
  else requestAnimationFrame(() => setTimeout(run, 0));
}

// Inside another page's frame (one that could overlay it, or trick a tap) the app does not start and the
// page is left blank: some static hosts cannot send `frame-ancestors 'none'` (README, Hosting).
if (window.top === window.self) afterFirstPaint(() => void import('./app/start'));
else document.body.replaceChildren();
