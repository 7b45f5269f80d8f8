import { detectLanguage } from './detect-language';
import { isLanguage, type Language } from './languages';

/**
 * The language the page opened in: the service worker (src/sw/app-shell.ts) or the first-screen
 * script (src/first-paint/) set `<html lang>` to the language the app last showed, else the browser's.
 * The app's first render uses it, so it needs no database read; the saved choice is checked just after
 * (start-language.ts), and only a page that opened in another language changes.
 */
export function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : detectLanguage(navigator.languages);
}
