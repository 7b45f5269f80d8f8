import { loadSetting } from '../storage/settings-store';
import { detectLanguage } from './detect-language';
import { isLanguage, type Language } from './languages';

/**
 * The language to open in: the saved choice if there is one, else the browser's preference
 * (`navigator.languages` unless given).
 */
export async function startLanguage(browserLanguages?: readonly string[]): Promise<Language> {
  // Never let a stuck database (another tab mid-upgrade, some browser bugs) keep the app from showing.
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, 1000));
  const saved = await Promise.race([loadSetting('language'), timeout]);
  if (saved !== undefined && saved.ok && isLanguage(saved.value)) return saved.value;
  return detectLanguage(browserLanguages ?? navigator.languages);
}
