import { rememberShownLanguage } from '../shared/shown-language';
import type { Language } from '../i18n/languages';
import { saveSetting } from '../storage/settings-store';

export { startLanguage } from '../i18n/start-language';

/**
 * What the app keeps about the language it shows, loaded after the first screen (App.tsx) so that
 * screen needs no storage code: the person's choice, in the database (when `choice` is true), and
 * the language shown, for the service worker to open the next start in (src/first-paint/).
 * Resolves to false when the choice could not be saved.
 */
export async function rememberLanguage(language: Language, choice: boolean): Promise<boolean> {
  if (choice && !(await saveSetting('language', language)).ok) return false;
  void rememberShownLanguage(language);
  return true;
}
