import type { Language } from '../i18n/languages';
import type { Guide } from './guide-types';

// Every language folder's guides (locales/<lang>/guides/index.ts). Each language's guides are one chunk:
// few precache entries, and a guide opens with no further fetch.
const loaders = import.meta.glob<{ guides: readonly Guide[] }>('/locales/*/guides/index.ts');

const loaded = new Map<Language, readonly Guide[]>();

/** Every guide in one language, in reading order. */
export async function loadGuides(language: Language): Promise<readonly Guide[]> {
  const path = `/locales/${language}/guides/index.ts`;
  const load = loaders[path];
  if (!load) throw new Error(`${path} is missing`);
  const { guides } = await load();
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
