import i18next, { type TFunction } from 'i18next';
import { isLanguage } from './languages';
import type { AppLanguage } from './pack-languages';
import { loadUiStrings } from './resources';

/** Languages whose frame strings are loaded (screens may add their own strings before that). */
const loaded = new Set<AppLanguage>();

// A pack language's strings: every area at once, from its pack (src/i18n/pack-strings.ts, loaded only then).
const packStrings = (language: AppLanguage) =>
  import('./pack-strings').then((module) => module.packStrings(language));

const stringsOf = (language: AppLanguage) =>
  isLanguage(language) ? loadUiStrings(language) : packStrings(language);

/**
 * Starts i18next with one language's strings; another language loads when it is chosen. Rejects when a
 * pack language's pack is not on the phone or is damaged (the app's start then uses English or Spanish).
 */
export async function initI18n(language: AppLanguage): Promise<TFunction> {
  const strings = await stringsOf(language);
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

/** Makes sure a language's frame strings are loaded (a screen shown in the person's second language). */
export async function loadLanguage(language: AppLanguage): Promise<void> {
  if (loaded.has(language)) return;
  i18next.addResourceBundle(language, 'translation', await stringsOf(language), true, true);
  loaded.add(language);
}

/** Switches the interface language, loading its strings first if needed. */
export async function changeLanguage(language: AppLanguage): Promise<TFunction> {
  await loadLanguage(language);
  return i18next.changeLanguage(language);
}

/**
 * Adds one area's strings (`locales/<lang>/<area>.json`), in English and Spanish, to the interface
 * strings (a pack language brings all its areas at once). A lazily loaded screen calls it as it loads,
 * with that file found in both folders by `import.meta.glob('/locales/{en,es}/<area>.json', { eager:
 * true, import: 'default' })`: a glob's pattern must be written out where it is used, and written in the
 * screen's module it puts the strings in the screen's own chunk instead of delaying the first screen.
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
