import { hydrate, render } from 'preact';
import { afterNextPaint } from '../first-paint/after-paint';
import { detectLanguage } from '../i18n/detect-language';
import { initI18n } from '../i18n/i18n';
import { pageLanguage } from '../i18n/page-language';
import { APP_ROOT_ID, FIRST_SCREEN_SHOWN } from '../shared/page-ids';
import { firstScreenShown } from '../ui/later';
import { App } from './App';
import { warmUp } from './warm-up';

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

/**
 * Starts the app: the strings of the language the page opened in, then its first render. The saved
 * choice of language is read after that (App.tsx): the first screen needs no database code.
 */
async function start(): Promise<void> {
  warmUp.guides();
  let language = pageLanguage();
  // A pack the phone no longer holds (or a damaged one): the browser's English or Spanish instead.
  await initI18n(language).catch(() => initI18n((language = detectLanguage(navigator.languages))));
  warmUp.guideScreens();
  await yieldToBrowser();
  const root = document.getElementById(APP_ROOT_ID);
  if (!root) return;
  // At "/" the root already holds the home screen, pre-rendered (src/first-paint/) in the language the
  // page opened in. In that language the app's first render is the same markup (a browser test checks),
  // so Preact only attaches to it; in another one, it changes the text and attributes that differ.
  const app = <App initialLanguage={language} />;
  if (root.hasChildNodes() && document.documentElement.lang === language) hydrate(app, root);
  else render(app, root);
  document.documentElement.lang = language;
  // A screen that fails to draw shows no heading: the quick exit must still come, so 3 s at most.
  await Promise.race([whenScreenShown(root), new Promise((resolve) => setTimeout(resolve, 3000))]);
  // A frame later: the screen's paint is then on the display (a guide's first steps, what a link to it
  // is measured by), so the frame's parts and the install's downloads do not start before it is seen.
  afterNextPaint(() =>
    afterNextPaint(() => {
      firstScreenShown();
      dispatchEvent(new Event(FIRST_SCREEN_SHOWN)); // first-screen.ts starts the install's downloads
    }),
  );
}

void start();
