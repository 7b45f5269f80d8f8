import { saveEverythingPending } from '../../shared/pending-saves';
import { lockNow, lockThisTab } from '../../storage/lock-store';

/** The router's `route` (preact-iso): `replace` puts the new address in place of the current one. */
export type Route = (url: string, replace?: boolean) => void;

/*
 * How long each path waits for what is typed to be saved before the key goes, whatever the saves are
 * doing (sealing a big photo, a database another tab blocks). The quick exit: 200 ms, so it is locked and
 * repainted at once (issue 11 asks ≤ 100 ms for the lock and the repaint; a text field's save seals a few
 * KB in far less). A save already sealed still lands; one not yet sealed finds no key and is refused as
 * `locked`, so text typed in its last moment may be lost: the price of locking at once. The auto-lock,
 * with nobody looking at the screen, is the path that saves first: it waits up to 5 s, and no longer, so
 * a hung save cannot keep the key in memory for ever.
 */
export const QUICK_EXIT_SAVE_MS = 200;
export const AUTO_LOCK_SAVE_MS = 5_000;

/**
 * Quick exit, and the auto-lock's last step: what is typed is saved (for at most the time above), the key
 * dropped, and the rights home shown in place of this screen. The quick exit locks every tab of the app
 * (`everyTab`); the auto-lock only the tab that was hidden, since another tab may be the one in use. The
 * screen is hidden first (the class `leaving`, frame.css), so nothing personal stays on screen while the
 * saves finish; its history entry becomes the home's (addresses hold nothing personal, and preact-iso
 * keeps no history state), and the screen unmounts, so its text leaves the page.
 */
export async function lockAndLeave(route: Route, everyTab: boolean): Promise<void> {
  const root = document.documentElement;
  root.classList.add('leaving');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, everyTab ? QUICK_EXIT_SAVE_MS : AUTO_LOCK_SAVE_MS);
  });
  try {
    await Promise.race([saveEverythingPending(), cap]);
  } finally {
    clearTimeout(timer);
    if (everyTab) lockNow();
    else lockThisTab();
    route('/', true);
    scrollTo(0, 0);
    // Preact draws the home in a microtask after `route`: by the next frame it has replaced the screen.
    requestAnimationFrame(() => root.classList.remove('leaving'));
  }
}
