/**
 * The browser's own install prompt (`beforeinstallprompt`: Chrome, Edge, Samsung Internet). The browser
 * offers it once a page load; it is kept here until the person taps "Install" on the home screen's card
 * (src/features/home/InstallCard.tsx). This module loads with the offline status, after the first screen:
 * what the browser fired before then, register-early.ts (in the entry) kept for it.
 */
import { INSTALLED_MARK } from '../shared/page-ids';

/** The event's part the app uses (not in the DOM types: it is not a web standard). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offered: InstallPromptEvent | undefined;
const listeners = new Set<() => void>();
const tell = () => listeners.forEach((listener) => listener());

if (typeof window !== 'undefined') {
  // Spelled as in register-early.ts, which imports nothing; tests/e2e/install-card.spec.ts holds both.
  const early = (window as { earlyInstallEvent?: Event }).earlyInstallEvent;
  if (early?.type === 'appinstalled') rememberInstalled();
  else offered = early as InstallPromptEvent | undefined;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // the app's own card offers it, at a calm moment
    offered = event as InstallPromptEvent;
    tell();
  });
  window.addEventListener('appinstalled', () => {
    offered = undefined;
    rememberInstalled();
    tell();
  });
}

/** The prompt the browser offered on this page load, if any. */
export function installPrompt(): InstallPromptEvent | undefined {
  return offered;
}

/** Calls `listener` when the prompt is offered or the app is installed; returns the way to stop. */
export function watchInstall(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; true when the person installed the app. */
export async function promptInstall(): Promise<boolean> {
  const event = offered;
  if (!event) return false;
  offered = undefined; // a prompt can be shown once
  await event.prompt();
  const accepted = (await event.userChoice).outcome === 'accepted';
  if (accepted) rememberInstalled();
  tell();
  return accepted;
}

/** The app runs from its home-screen icon (installed), not in a browser tab. */
export function runsInstalled(): boolean {
  const standalone = globalThis.matchMedia?.('(display-mode: standalone)').matches === true;
  // Safari on iPhone says so on `navigator` too.
  return standalone || (navigator as { standalone?: boolean }).standalone === true;
}

/** The app runs from its home-screen icon, or this browser installed it before. */
export function isInstalled(): boolean {
  let remembered = false;
  try {
    remembered = localStorage.getItem(INSTALLED_MARK) === '1';
  } catch {
    // Storage disabled in this browser mode: then nothing was remembered.
  }
  return runsInstalled() || remembered;
}

function rememberInstalled(): void {
  try {
    localStorage.setItem(INSTALLED_MARK, '1');
  } catch {
    // Storage disabled: the card may come back, nothing worse.
  }
}
