/**
 * The languages the app is written in, each with its own name as the language switch shows it.
 * A language is its folder, `locales/<code>/` (strings and guides), and one line here: everything
 * else finds it (locales/README.md). English comes first: it is the source of every string.
 */
export const LANGUAGE_NAMES = {
  en: 'English',
  es: 'Español',
} as const;

export type Language = keyof typeof LANGUAGE_NAMES;

/** Any language the app can show: these two, or one of a pack (./pack-languages.ts). */
export type { AppLanguage } from './pack-languages';

/** The language codes, in the order the language switch lists them. */
export const LANGUAGES = /* @__PURE__ */ Object.keys(LANGUAGE_NAMES) as readonly Language[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_NAMES, value);
}
