import { saveEverythingPending } from '../../shared/pending-saves';
import { lockNow, lockThisTab } from '../../storage/lock-store';

/** The router's `route` (preact-iso): `replace` puts the new address in place of the current one. */
export type Route = (url: string, replace?: boolean) => void;

/**
 * Quick exit, and the auto-lock's last step: what is typed is saved, the key dropped, and the rights home
 * shown in place of this screen. The quick exit locks every tab of the app (`everyTab`); the auto-lock
 * only the tab that was hidden, since another tab may be the one in use. The screen is hidden first (the class
 * `leaving`, frame.css), so nothing personal stays on screen while the saves finish; its history entry
 * becomes the home's (addresses hold nothing personal, and preact-iso keeps no history state), and the
 * screen unmounts, so its text leaves the page.
 */
export async function lockAndLeave(route: Route, everyTab: boolean): Promise<void> {
  const root = document.documentElement;
  root.classList.add('leaving');
  try {
    await saveEverythingPending();
  } finally {
    if (everyTab) lockNow();
    else lockThisTab();
    route('/', true);
    scrollTo(0, 0);
    // Preact draws the home in a microtask after `route`: by the next frame it has replaced the screen.
    requestAnimationFrame(() => root.classList.remove('leaving'));
  }
}
