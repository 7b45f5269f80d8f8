import type { Language } from './languages';
import type en from '../../locales/en/index';

/** One language's UI strings, shaped exactly like English. */
export type UiStrings = typeof en;

/** Each language's strings are their own chunk, fetched (or read from the offline cache) on demand. */
const loaders: Record<Language, () => Promise<{ default: UiStrings }>> = {
  en: () => import('../../locales/en/index'),
  es: () => import('../../locales/es/index'),
};

export async function loadUiStrings(language: Language): Promise<UiStrings> {
  return (await loaders[language]()).default;
}
