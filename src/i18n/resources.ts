import type { Language } from './languages';
import type en from '../../locales/en/index';

/** One language's UI strings, shaped exactly like English. */
export type UiStrings = typeof en;

// Every language folder's first-screen strings (locales/<lang>/index.ts), each its own chunk, fetched
// (or read from the offline cache) on demand: the first screen loads one language only.
const loaders = import.meta.glob<{ default: UiStrings }>('/locales/{en,es}/index.ts');

export async function loadUiStrings(language: Language): Promise<UiStrings> {
  const path = `/locales/${language}/index.ts`;
  const load = loaders[path];
  if (!load) throw new Error(`${path} is missing`);
  return (await load()).default;
}
