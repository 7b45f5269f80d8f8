import type { Language } from '../i18n/languages';
import type { Guide } from './guide-types';

/** Each language's guides are one chunk: few precache entries, and a guide opens with no further fetch. */
const loaders: Record<Language, () => Promise<{ guides: readonly Guide[] }>> = {
  en: () => import('../../locales/en/guides/index'),
  es: () => import('../../locales/es/guides/index'),
};

const loaded = new Map<Language, readonly Guide[]>();

/** Every guide in one language, in reading order. */
export async function loadGuides(language: Language): Promise<readonly Guide[]> {
  const { guides } = await loaders[language]();
  loaded.set(language, guides);
  return guides;
}

/**
 * The guides of a language if they are already loaded (the app's start fetches them for a link to a
 * guide): a guide screen then draws the guide in its first render, with no "Loading" in between.
 */
export function guidesIfLoaded(language: Language): readonly Guide[] | undefined {
  return loaded.get(language);
}

/** The guide the home screen's urgent action opens. */
export const URGENT_GUIDE_ID = 'agents-at-your-door';
