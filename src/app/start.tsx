import { render } from 'preact';
import { afterNextPaint } from '../first-paint/after-paint';
import { rememberShownLanguage } from '../first-paint/shown-language';
import { initI18n } from '../i18n/i18n';
import { startLanguage } from '../i18n/start-language';
import { prefetchForInstall } from '../offline/install-prefetch';
import { App } from './App';

/** Yields to the browser, so the start is several short tasks instead of one long one. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Resolves once a screen shows its heading (a lazily loaded screen may take a moment). */
function whenScreenShown(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (root.querySelector('h1')) return resolve();
    const observer = new MutationObserver(() => {
      if (!root.querySelector('h1')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Starts the app: its language (saved or the browser's), its strings, then its first render. */
async function start(): Promise<void> {
  const language = await startLanguage();
  await initI18n(language);
  void rememberShownLanguage(language);
  await yieldToBrowser();
  const root = document.getElementById('app');
  if (!root) return;
  document.documentElement.lang = language;
  // At "/" the root already holds the home screen, pre-rendered (src/first-paint/): Preact takes over
  // those elements and only changes what differs (everything, if the saved language is another one).
  render(<App initialLanguage={language} />, root);
  await whenScreenShown(root);
  afterNextPaint(prefetchForInstall);
}

void start();
