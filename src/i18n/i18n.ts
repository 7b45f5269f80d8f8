import i18next, { type TFunction } from 'i18next';
import { isLanguage, type Language } from './languages';
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
 * Adds one area's strings (`locales/<lang>/<area>.json`), in every language of the list, to the
 * interface strings. A lazily loaded screen calls it as it loads, with that file found in every language
 * folder by `import.meta.glob(…, { eager: true, import: 'default' })`: a glob's pattern must be written
 * out where it is used, and written in the screen's module it puts the strings in the screen's own chunk
 * instead of delaying the first screen.
 */
export function addScreenStrings(files: Record<string, unknown>): void {
  for (const [path, strings] of Object.entries(files)) {
    const [, folder, language, file = ''] = path.split('/'); // "/locales/<lang>/<area>.json"
    if (folder !== 'locales' || !file.endsWith('.json')) throw new Error(`Not a strings file: ${path}`);
    const area = file.replace('.json', '');
    if (isLanguage(language))
      i18next.addResourceBundle(language, 'translation', { [area]: strings }, true, false);
  }
}
