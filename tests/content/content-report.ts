import { loadGuides } from '../../src/content/catalog';
import type { Guide } from '../../src/content/guide-types';
import { MAX_STEP_WORDS, wordCount } from '../../src/content/validate-guide';
import { buildIndex, search } from '../../src/features/guides/search';
import { englishGrade, spanishEase } from './readability';

export const LIMITS = { englishGrade: 7, spanishEase: 70, stepWords: MAX_STEP_WORDS };

/** The text the reading scores are measured over: what to do (now, then, and before), and what not to do. */
export const measuredText = (guide: Guide) => [
  ...(guide.rightNow?.steps ?? []),
  ...guide.steps,
  ...(guide.prepare ?? []),
  ...guide.doNot,
];

/** Every step a guide gives, wherever it stands. */
const allSteps = (guide: Guide) => [
  ...(guide.rightNow?.steps ?? []),
  ...guide.steps,
  ...(guide.prepare ?? []),
];

export interface GuideScores {
  id: string;
  englishGrade: number;
  spanishEase: number;
  longestStep: { en: number; es: number };
}

export async function scoreGuides(): Promise<GuideScores[]> {
  const [en, es] = await Promise.all([loadGuides('en'), loadGuides('es')]);
  return en.map((guide, i) => {
    const spanish = es[i] ?? guide;
    return {
      id: guide.id,
      englishGrade: englishGrade(measuredText(guide)),
      spanishEase: spanishEase(measuredText(spanish)),
      longestStep: {
        en: Math.max(...allSteps(guide).map(wordCount)),
        es: Math.max(...allSteps(spanish).map(wordCount)),
      },
    };
  });
}

/** Median time, in ms, to search every Spanish guide for a misspelt query (Node, not a phone). */
export async function searchTiming(query = 'orden judisial', runs = 50): Promise<number> {
  const index = buildIndex(await loadGuides('es')); // built once per language, as the guide list does
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    search(index, query);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
}
