import type { ShownGuide as Guide } from '../../content/catalog';

/** A guide's words, ready to search: the title's kept apart because a hit there counts more. */
interface Entry {
  guide: Guide;
  title: Set<string>;
  body: Set<string>;
}

export type SearchIndex = readonly Entry[];

const HAN = /\p{Script=Han}/u;

/**
 * Chinese is written without spaces: a run of characters is cut into every pair of neighbours
 * ("移民局" → "移民", "民局"), so a two-character word of the query finds itself inside a sentence.
 */
function pairs(word: string): string[] {
  const characters = [...word];
  if (!HAN.test(word) || characters.length <= 2) return [word];
  return characters.slice(0, -1).map((character, index) => character + characters[index + 1]);
}

/** Lower case, accents dropped ("judicial" = "Judicial" = "júdicial"), split into words. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap(pairs)
    .filter((word) => [...word].length > 1);
}

export function buildIndex(guides: readonly Guide[]): SearchIndex {
  return guides.map((guide) => ({
    guide,
    title: new Set(words(`${guide.title} ${guide.summary}`)),
    body: new Set(
      words(
        [
          ...(guide.rightNow?.steps ?? []),
          ...guide.steps,
          ...(guide.prepare ?? []),
          ...guide.doNot,
          ...guide.goodToKnow.map((note) => note.text),
          ...guide.sayThis.flatMap((phrase) => [phrase.english, phrase.meaning ?? '']),
        ].join(' '),
      ),
    ),
  }));
}

/** The guides that have every word of the query (or a word close to it), best matches first. */
export function search(index: SearchIndex, query: string): Guide[] {
  const wanted = words(query);
  if (wanted.length === 0) return index.map((entry) => entry.guide);
  return index
    .map((entry) => ({ entry, score: score(entry, wanted) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ entry }) => entry.guide);
}

function score(entry: Entry, wanted: readonly string[]): number {
  let total = 0;
  for (const word of wanted) {
    const best = Math.max(bestMatch(word, entry.title) * 3, bestMatch(word, entry.body));
    if (best === 0) return 0; // every word of the query must be found
    total += best;
  }
  return total;
}

/** 3 for the same word, 2 for a word it begins, 1 for a word with a typo or two, 0 for none. */
function bestMatch(word: string, candidates: ReadonlySet<string>): number {
  if (candidates.has(word)) return 3;
  let best = 0;
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  for (const candidate of candidates) {
    if (word.length >= 3 && candidate.startsWith(word)) best = 2;
    else if (best < 1 && allowed > 0 && withinDistance(word, candidate, allowed)) best = 1;
    if (best === 2) break;
  }
  return best;
}

/** Whether two words are at most `limit` edits apart (insert, delete, change, swap two letters). */
function withinDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return false; // no way back under the limit
    before = previous;
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= limit;
}
