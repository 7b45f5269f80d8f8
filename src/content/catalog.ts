import type { Language } from '../i18n/languages';
import type { Guide } from './guide-types';

/** Each language's guides are one chunk: few precache entries, and a guide opens with no further fetch. */
const loaders: Record<Language, () => Promise<{ guides: readonly Guide[] }>> = {
  en: () => import('../../locales/en/guides/index'),
  es: () => import('../../locales/es/guides/index'),
};

/** Every guide in one language, in reading order. */
export async function loadGuides(language: Language): Promise<readonly Guide[]> {
  return (await loaders[language]()).guides;
}

/** The guide the home screen's urgent action opens. */
export const URGENT_GUIDE_ID = 'agents-at-your-door';
