import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const WORD_LIST = /\/src\/features\/lock\/words\/[\w-]+\.ts$/;

/**
 * A sorted list with each word's first letters shared with the word before it written as their count
 * ("able about above" is "able 2out 3ve"), and the function that reads it back, which the module runs.
 */
export function frontCoded(words: readonly string[]): string {
  return words
    .map((word, at) => {
      const before = words[at - 1] ?? '';
      let shared = 0;
      while (shared < word.length && word[shared] === before[shared]) shared++;
      return (shared || '') + word.slice(shared);
    })
    .join(' ');
}

export const readFrontCoded = (coded: string): string => {
  let word = '';
  return coded
    .split(' ')
    .map((part) => (word = word.slice(0, parseInt(part) || 0) + part.replace(/^\d+/, '')))
    .join(' ');
};

/**
 * The passphrase word lists (src/features/lock/words/) front-coded in the bundle: the module reads its
 * list back as it loads, the same words joined by spaces. Each list is sorted, so most words share
 * letters with the word before: gzip -9 of the two lists' files, 6,234 B with the plain words, is 4,973 B
 * so, the reader in each included. The lists stay plain words in the source, for review.
 */
export function frontCodedWords(): Plugin {
  return {
    name: 'front-coded-words',
    apply: 'build',
    transform(_code, id) {
      if (!WORD_LIST.test(id)) return null;
      const list = /export default `([^`]*)`;/.exec(readFileSync(id, 'utf8'))?.[1];
      const words = list?.trim().split(/\s+/) ?? [];
      // Digits would be read as a count; an unsorted list would only compress less.
      if (words.length === 0 || !words.every((word) => /^[a-z]+$/.test(word)))
        throw new Error(`${id}: not a list of words of letters a–z`);
      const coded = frontCoded(words);
      if (readFrontCoded(coded) !== words.join(' ')) throw new Error(`${id}: front coding lost a word`);
      return { code: `export default (${readFrontCoded.toString()})(${JSON.stringify(coded)});`, map: null };
    },
  };
}
