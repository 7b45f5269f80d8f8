import type { ShownGuide } from '../content/catalog';
import type { CoreGuide, Guide } from '../content/guide-types';
import type { Language } from './languages';
import { PACK_LANGUAGES, type PackLanguage } from './pack-languages';
import { readPack } from './packs';
import { secondLanguage } from './second-language';

/** A core language's guides: its own top of the encounter guides, the rest in `second`. */
function withSecond(own: readonly CoreGuide[], second: readonly Guide[], language: Language): ShownGuide[] {
  return second.map((guide) => {
    const top = own.find((candidate) => candidate.id === guide.id);
    return top
      ? {
          ...guide,
          title: top.title,
          summary: top.summary,
          restSummary: guide.summary,
          rightNow: top.rightNow,
          rest: language,
        }
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
  const pack = await readPack(language);
  if (PACK_LANGUAGES[language].tier === 'whole') return pack.guides as readonly Guide[];
  const second = secondLanguage();
  return withSecond(pack.guides as readonly CoreGuide[], await builtIn(second), second);
}
