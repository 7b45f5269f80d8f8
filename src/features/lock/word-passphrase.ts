import type { Language } from '../../i18n/languages';

/** How many words a generated passphrase has: 5 from 1,024 words is 2^50 passphrases (words/README.md). */
export const PASSPHRASE_WORDS = 5;

/** A source of random 32-bit numbers: `crypto.getRandomValues` in the app, a fixed list in tests. */
export type RandomSource = (into: Uint32Array<ArrayBuffer>) => Uint32Array;

const cryptoSource: RandomSource = (into) => crypto.getRandomValues(into);

/**
 * The first 32-bit value at or above which `value % size` would favour the smallest indexes: values from
 * here to 2^32 are drawn again, so every index is equally likely (no modulo bias).
 */
export function rejectFrom(size: number): number {
  return 2 ** 32 - (2 ** 32 % size);
}

/** A uniformly random index below `size`, by rejection sampling. */
export function randomIndex(size: number, random: RandomSource = cryptoSource): number {
  if (!Number.isInteger(size) || size < 1 || size > 2 ** 32) throw new RangeError('size');
  const limit = rejectFrom(size);
  const draw = new Uint32Array(1);
  for (;;) {
    const [value = 0] = random(draw);
    if (value < limit) return value % size;
  }
}

/** `count` words drawn at random from `words`, joined by spaces. */
export function wordPassphrase(
  words: readonly string[],
  count = PASSPHRASE_WORDS,
  random: RandomSource = cryptoSource,
): string {
  return Array.from({ length: count }, () => words[randomIndex(words.length, random)]).join(' ');
}

// One list per language, `words/<language>.ts`, each its own chunk, loaded on first use (about 3 KB gzip).
const lists = import.meta.glob<string>('./words/*.ts', { import: 'default' });

/** The word list of `language`. */
export async function loadWords(language: Language): Promise<string[]> {
  const load = lists[`./words/${language}.ts`];
  if (!load) throw new Error(`No word list for ${language}`);
  return (await load()).trim().split(/\s+/);
}
