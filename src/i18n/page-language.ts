import { detectLanguage } from './detect-language';
import { isLanguage } from './languages';
import type { AppLanguage } from './pack-languages';

/**
 * The language the page opened in: the service worker (src/sw/app-shell.ts) or the first-screen
 * script (src/first-paint/) set `<html lang>` to the language the app last showed, else the browser's.
 * The app's first render uses it, so it needs no database read; the saved choice is checked just after
 * (start-language.ts), and only a page that opened in another language changes. A language of a pack
 * is only ever written there by the worker; whether its pack is on the phone is checked as it loads.
 */
export function pageLanguage(): AppLanguage {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : lang ? (lang as AppLanguage) : detectLanguage(navigator.languages);
}
