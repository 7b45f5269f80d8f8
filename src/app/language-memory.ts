import i18next from 'i18next';
import { forgetShownLanguage, rememberShownLanguage } from '../shared/shown-language';
import type { AppLanguage } from '../i18n/pack-languages';
import { loadSetting, saveSetting } from '../storage/settings-store';

export { startLanguage } from '../i18n/start-language';

/**
 * What the app keeps about the language it shows, loaded after the first screen (App.tsx) so that
 * screen needs no storage code: the person's choice, in the database (when `choice` is true), and
 * the language shown, for the service worker to open the next start in (src/first-paint/). Neither when
 * the person asked the app not to remember its language on this phone. Resolves to false when the
 * choice could not be saved.
 */
export async function rememberLanguage(language: AppLanguage, choice: boolean): Promise<boolean> {
  // Right to left for Arabic and Urdu; set here too, for a start that fell back from a missing pack.
  document.documentElement.dir = i18next.dir(language);
  const memory = await loadSetting('languageMemory');
  if (memory.ok && memory.value === 'off') {
    await forgetShownLanguage();
    return true;
  }
  if (choice && !(await saveSetting('language', language)).ok) return false;
  void rememberShownLanguage(language);
  return true;
}
