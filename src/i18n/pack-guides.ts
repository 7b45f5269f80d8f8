import type { ShownGuide } from '../content/catalog';
import type { Guide } from '../content/guide-types';
import { withText, withTop, type GuideText } from '../content/guide-text';
import type { Language } from './languages';
import { PACK_LANGUAGES, type PackLanguage } from './pack-languages';
import { readPack } from './packs';
import { secondLanguage } from './second-language';

/**
 * A core language's guides: `second`'s, with the core language's top of each encounter guide (and `rest`
 * naming the language the rest is in), and the others wholly in `second` (`shownIn`).
 */
function withSecond(
  texts: readonly GuideText[],
  second: readonly Guide[],
  english: readonly Guide[],
  language: Language,
): ShownGuide[] {
  return second.map((guide) => {
    const text = texts.find((candidate) => candidate.id === guide.id);
    const source = english.find((candidate) => candidate.id === guide.id);
    return text && source
      ? { ...withTop(guide, source, text), restSummary: guide.summary, rest: language }
      : { ...guide, shownIn: language };
  });
}

/**
 * A pack language's guides: a whole-app language's own; a core language's encounter guides with its own
 * top, and the rest in the person's second language (src/content/catalog.ts).
 */
export async function packGuides(
  language: PackLanguage,
  builtIn: (language: Language) => Promise<readonly Guide[]>,
): Promise<readonly ShownGuide[]> {
  const [pack, english] = await Promise.all([readPack(language), builtIn('en')]);
  if (PACK_LANGUAGES[language].tier === 'whole')
    return english.map((guide) => {
      const text = pack.guides.find((candidate) => candidate.id === guide.id);
      return text ? withText(guide, text) : { ...guide, shownIn: 'en' as const };
    });
  const second = secondLanguage();
  return withSecond(pack.guides, await builtIn(second), english, second);
}
