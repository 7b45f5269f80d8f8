import { loadSetting } from '../storage/settings-store';
import { detectLanguage } from './detect-language';
import { isLanguage, type Language } from './languages';

/**
 * The language to open in: the saved choice if there is one, else the browser's preference.
 */
export async function startLanguage(): Promise<Language> {
  const saved = await loadSetting('language');
  return saved.ok && isLanguage(saved.value) ? saved.value : detectLanguage(navigator.languages);
}
