import type { CoreGuide, Guide } from './guide-types';

/**
 * A translated guide as a language pack carries it (build/language-packs.ts): only its words, in
 * English's order. What is the same in every language — the English phrases agents hear, the sources,
 * the dates, the links — comes from the English guide on the phone when the pack is read, so a pack
 * never holds a second copy of the words said to an agent, and is smaller (3 KB gzip a whole language).
 */
export interface GuideText {
  id: string;
  title: string;
  summary: string;
  rightNow?: { steps: string[]; meanings: string[] };
  steps?: string[];
  prepare?: string[];
  /** Each `sayThis` phrase's meaning, in order. */
  meanings?: string[];
  doNot?: string[];
  /** Each `goodToKnow` note's text, in order. */
  notes?: string[];
}

const meaningsOf = (phrases: readonly { meaning?: string }[]) =>
  phrases.map((phrase) => phrase.meaning ?? '');

/** A translated guide's words (the build; tests have checked it has English's shape). */
export function guideText(guide: Guide | CoreGuide): GuideText {
  const text: GuideText = { id: guide.id, title: guide.title, summary: guide.summary };
  if (guide.rightNow)
    text.rightNow = { steps: guide.rightNow.steps, meanings: meaningsOf(guide.rightNow.sayThis) };
  if (!('steps' in guide)) return text; // an emergency-core guide: its top only
  text.steps = guide.steps;
  if (guide.prepare) text.prepare = guide.prepare;
  text.meanings = meaningsOf(guide.sayThis);
  text.doNot = guide.doNot;
  text.notes = guide.goodToKnow.map((note) => note.text);
  return text;
}

const phrases = (from: Guide['sayThis'], meanings: readonly string[] = []) =>
  from.map((phrase, index) => ({ english: phrase.english, meaning: meanings[index] ?? '' }));

/** A whole-app language's guide: its words on English's structure (a test checks every part is there). */
export function withText(english: Guide, text: GuideText): Guide {
  return {
    ...english,
    ...withTop(english, english, text),
    steps: text.steps ?? [],
    ...(english.prepare ? { prepare: text.prepare ?? [] } : {}),
    sayThis: phrases(english.sayThis, text.meanings),
    doNot: text.doNot ?? [],
    goodToKnow: english.goodToKnow.map((note, index) => ({ ...note, text: text.notes?.[index] ?? '' })),
  };
}

/**
 * `base` (a guide in English or Spanish) with the title, summary and "right now" block of an
 * emergency-core language's text; the phrases said to agents are English's.
 */
export function withTop(base: Guide, english: Guide, text: GuideText): Guide {
  return {
    ...base,
    title: text.title,
    summary: text.summary,
    ...(english.rightNow && text.rightNow
      ? {
          rightNow: {
            steps: text.rightNow.steps,
            sayThis: phrases(english.rightNow.sayThis, text.rightNow.meanings),
          },
        }
      : {}),
  };
}
