import { isLanguage, type Language } from '../i18n/languages';
import type { AppLanguage } from '../i18n/pack-languages';
import type { Guide } from './guide-types';

// English's and Spanish's guides (locales/<lang>/guides/index.ts). Each language's guides are one chunk:
// few precache entries, and a guide opens with no further fetch. Other languages' come in their pack.
const loaders = import.meta.glob<{ guides: readonly Guide[] }>('/locales/{en,es}/guides/index.ts');

/**
 * A guide as a screen shows it. In a language of the emergency core (locales/core.ts), an encounter
 * guide's title, summary and "right now" block are in that language and `rest` names the language the
 * rest of it is in (the person's second language); a guide the core does not translate is wholly in
 * that language, named by `shownIn`.
 */
export type ShownGuide = Guide & { rest?: Language; restSummary?: string; shownIn?: Language };

const loaded = new Map<Language, readonly ShownGuide[]>();

async function builtIn(language: Language): Promise<readonly Guide[]> {
  const path = `/locales/${language}/guides/index.ts`;
  const load = loaders[path];
  if (!load) throw new Error(`${path} is missing`);
  return (await load()).guides;
}

/** Every guide in one language, in reading order. */
export async function loadGuides(language: AppLanguage): Promise<readonly ShownGuide[]> {
  // A pack's guides, with English's or Spanish's where its language (one of the emergency core) has none.
  if (!isLanguage(language))
    return import('../i18n/pack-guides').then((m) => m.packGuides(language, builtIn));
  let guides = loaded.get(language);
  if (!guides) loaded.set(language, (guides = await builtIn(language)));
  return guides;
}

/**
 * The guides of a language if they are already loaded (the app's start fetches them for a link to a
 * guide): a guide screen then draws the guide in its first render, with no "Loading" in between.
 */
export function guidesIfLoaded(language: AppLanguage): readonly ShownGuide[] | undefined {
  return isLanguage(language) ? loaded.get(language) : undefined;
}

/** The guide the home screen's urgent action opens. */
export const URGENT_GUIDE_ID = 'agents-at-your-door';
