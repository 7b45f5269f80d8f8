import i18next, { type TFunction } from 'i18next';
import type { Language } from './languages';
import { loadUiStrings } from './resources';

/** Languages whose frame strings are loaded (screens may add their own strings before that). */
const loaded = new Set<Language>();

/** Starts i18next with one language's strings; another language loads when it is chosen. */
export async function initI18n(language: Language): Promise<TFunction> {
  const strings = await loadUiStrings(language);
  loaded.clear();
  loaded.add(language);
  return i18next.init({
    lng: language,
    resources: { [language]: { translation: strings } },
    // No silent fallback to another language: a missing string shows as such (a test keeps them in step).
    fallbackLng: false,
    parseMissingKeyHandler: (key) => `[missing: ${key}]`,
    interpolation: { escapeValue: false }, // Preact escapes text itself
    initAsync: false, // the strings are already here: no need to wait a task before the first render
  });
}

/** Switches the interface language, loading its strings first if needed. */
export async function changeLanguage(language: Language): Promise<TFunction> {
  if (!loaded.has(language)) {
    i18next.addResourceBundle(language, 'translation', await loadUiStrings(language), true, true);
    loaded.add(language);
  }
  return i18next.changeLanguage(language);
}

/**
 * Adds one screen's strings, in every language, to the interface strings. Each lazily loaded screen
 * calls it as it loads, so its strings travel in its own chunk instead of delaying the first screen.
 */
export function addScreenStrings(strings: Record<Language, Record<string, object>>): void {
  for (const [language, bundle] of Object.entries(strings)) {
    i18next.addResourceBundle(language, 'translation', bundle, true, false);
  }
}
