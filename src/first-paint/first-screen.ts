/**
 * The one script that may run before the first paint, on a page the service worker did not serve
 * (a first visit): a classic `defer` script, built on its own by build/first-paint.ts, since the app's
 * module code runs only after a paint. At "/" it puts the home screen, pre-rendered in the browser's
 * language, on the page, and elsewhere the app's frame (its top bar); until then the page is blank
 * (the templates are inert), so nobody sees the wrong language, and a deep link never shows home.
 * A page the worker served already has it (src/sw/).
 */
import { prefetchForInstall } from '../offline/install-prefetch';
import { detectLanguage } from '../i18n/detect-language';
import {
  APP_ROOT_ID,
  FIRST_SCREEN_SHOWN,
  frameTemplateId,
  guidesTemplateId,
  homeTemplateId,
  stringsTemplateId,
} from '../shared/page-ids';
import { afterNextPaint } from './after-paint';
import { opensGuides } from './page-markup';

/** Starts the downloads a template holds hints for (written by build/first-paint.ts). */
function preload(templateId: string): void {
  const hints = document.getElementById(templateId);
  if (hints instanceof HTMLTemplateElement) document.head.append(document.importNode(hints.content, true));
}

const root = document.getElementById(APP_ROOT_ID);
if (root && !navigator.serviceWorker?.controller) {
  const language = detectLanguage(navigator.languages);
  document.documentElement.lang = language;
  // The app's first render needs this language's strings (and on a link to a guide, the guide screens
  // and guides): fetch them beside its code, not after it.
  preload(stringsTemplateId(language));
  if (opensGuides(location.pathname)) preload(guidesTemplateId(language));
  // Home at "/"; elsewhere the app's frame, so the page is not blank while the screen's code loads.
  const atHome = location.pathname === '/';
  const first = document.getElementById(atHome ? homeTemplateId(language) : frameTemplateId(language));
  if (first instanceof HTMLTemplateElement) root.append(document.importNode(first.content, true));
  // What offline use needs downloads once the first screen is seen: home is, a frame later; any other
  // screen, when the app's start says so (its code is on the way until then).
  if (atHome) afterNextPaint(prefetchForInstall);
  else addEventListener(FIRST_SCREEN_SHOWN, prefetchForInstall, { once: true });
}
