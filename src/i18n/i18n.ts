import i18next, { type TFunction } from 'i18next';
import type { Language } from './languages';
import { loadUiStrings } from './resources';

/** Starts i18next with one language's strings; another language loads when it is chosen. */
export async function initI18n(language: Language): Promise<TFunction> {
  return i18next.init({
    lng: language,
    resources: { [language]: { translation: await loadUiStrings(language) } },
    // No silent fallback to another language: a missing string shows as such (a test keeps them in step).
    fallbackLng: false,
    parseMissingKeyHandler: (key) => `[missing: ${key}]`,
    interpolation: { escapeValue: false }, // Preact escapes text itself
    initAsync: false, // the strings are already here: no need to wait a task before the first render
  });
}

/** Switches the interface language, loading its strings first if needed. */
export async function changeLanguage(language: Language): Promise<TFunction> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadUiStrings(language));
  }
  return i18next.changeLanguage(language);
}
