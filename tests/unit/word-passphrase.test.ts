import { describe, expect, it } from 'vitest';
import {
  loadWords,
  PASSPHRASE_WORDS,
  randomIndex,
  rejectFrom,
  wordPassphrase,
  type RandomSource,
} from '../../src/features/lock/word-passphrase';
import { LANGUAGES } from '../../src/i18n/languages';

/** A random source that hands out `values` in turn, and counts how many it gave. */
function fixed(values: number[]): RandomSource & { used: number } {
  const source = Object.assign(
    (into: Uint32Array) => {
      into[0] = values[source.used++] ?? 0;
      return into;
    },
    { used: 0 },
  );
  return source;
}

describe('a generated word passphrase', () => {
  it.each(LANGUAGES)('draws from a list of at least 1,024 distinct plain words (%s)', async (language) => {
    const words = await loadWords(language);
    expect(words.length).toBeGreaterThanOrEqual(1024);
    expect(new Set(words).size).toBe(words.length);
    // Letters a-z only: a word typed without its accent on another keyboard would not unlock.
    expect(words.filter((word) => !/^[a-z]{4,6}$/.test(word))).toEqual([]);
  });

  it.each(LANGUAGES)('has at least four words, each from the list (%s)', async (language) => {
    const words = await loadWords(language);
    const passphrase = wordPassphrase(words).split(' ');
    expect(PASSPHRASE_WORDS).toBeGreaterThanOrEqual(4);
    expect(passphrase).toHaveLength(PASSPHRASE_WORDS);
    expect(passphrase.every((word) => words.includes(word))).toBe(true);
  });

  it('draws again above the last whole multiple of the list size, so no word is more likely (no modulo bias)', () => {
    const size = 1000; // 2^32 is not a multiple of it: the last 296 values would favour words 0-295
    const limit = rejectFrom(size);
    expect(limit % size).toBe(0);
    expect(2 ** 32 - limit).toBe(2 ** 32 % size);
    expect(2 ** 32 - limit).toBeLessThan(size);

    const below = fixed([limit - 1]);
    expect(randomIndex(size, below)).toBe(999);
    expect(below.used).toBe(1);

    const above = fixed([limit, 2 ** 32 - 1, 7]);
    expect(randomIndex(size, above)).toBe(7); // the two values at or above the limit were drawn again
    expect(above.used).toBe(3);
  });

  it('never draws again for a list whose size divides 2^32, such as 1,024 words', () => {
    expect(rejectFrom(1024)).toBe(2 ** 32);
    const top = fixed([2 ** 32 - 1]);
    expect(randomIndex(1024, top)).toBe(1023);
    expect(top.used).toBe(1);
  });

  it('uses the random source for every word: a fixed source gives fixed words', () => {
    const words = ['uno', 'dos', 'tres', 'cuatro'];
    expect(wordPassphrase(words, 5, fixed([0, 1, 2, 3, 4]))).toBe('uno dos tres cuatro uno');
  });
});
