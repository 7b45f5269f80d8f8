/**
 * The one script that may run before the first paint, on a page the service worker did not serve
 * (a first visit): a classic `defer` script, built on its own by build/first-paint.ts, since the app's
 * module code runs only after a paint. At "/" it puts the home screen, pre-rendered in the browser's
 * language, on the page; until then the page is blank (the templates are inert), so nobody sees the
 * wrong language, and a deep link never shows home. A page the worker served already has it (src/sw/).
 */
import { prefetchForInstall } from '../offline/install-prefetch';
import { detectLanguage } from '../i18n/detect-language';
import { afterNextPaint } from './after-paint';
import { homeTemplateId, stringsTemplateId } from './page-markup';

const root = document.getElementById('app');
if (root && !navigator.serviceWorker?.controller) {
  const language = detectLanguage(navigator.languages);
  document.documentElement.lang = language;
  // The app's first render needs this language's strings: fetch them beside its code, not after it.
  const strings = document.getElementById(stringsTemplateId(language));
  if (strings instanceof HTMLTemplateElement)
    document.head.append(document.importNode(strings.content, true));
  const home = document.getElementById(homeTemplateId(language));
  if (location.pathname === '/' && home instanceof HTMLTemplateElement) {
    root.append(document.importNode(home.content, true));
    afterNextPaint(prefetchForInstall);
  }
}
