import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Counts over a set of texts: each text is at least one sentence (a step or an item is one unit). */
export interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

function sentencesOf(text: string): number {
  return Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim() !== '').length);
}

/** Words, sentences and syllables, counting syllables with the given counter. */
export function count(texts: readonly string[], syllables: (word: string) => number): Counts {
  const totals = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const words = text.match(WORD) ?? [];
    totals.sentence += sentencesOf(text);
    totals.word += words.length;
    totals.syllable += words.reduce((sum, word) => sum + syllables(word), 0);
  }
  return totals;
}

/** Flesch-Kincaid grade level of English text (lower is easier; 7 = a 12-year-old). */
export function englishGrade(texts: readonly string[]): number {
  return fleschKincaid({ ...count(texts, (word) => Math.max(1, syllable(word))) });
}

/**
 * Fernández-Huerta reading ease of Spanish text (higher is easier; 70+ = easy):
 * 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence. The formula as first printed
 * reads "sentences per 100 words", which would make shorter sentences score harder; like Flesch's
 * formula it adapts, we use words per sentence.
 */
export function spanishEase(texts: readonly string[]): number {
  const { word, sentence, syllable: syllables } = count(texts, spanishSyllables);
  return 206.84 - 0.6 * ((syllables / word) * 100) - 1.02 * (word / sentence);
}

const STRONG = 'aeoáéíóú'; // open vowels, and accented weak ones that break a diphthong
const WEAK = 'iuü';

/**
 * Spanish syllables by vowel groups: a weak vowel (i, u) next to another vowel shares its syllable
 * (diphthong), two strong vowels split (hiatus), an accent on í or ú splits; "qu"/"gu" before e or i
 * have a silent u; a final "y" (muy, hoy) is a vowel sound.
 */
export function spanishSyllables(raw: string): number {
  const word = raw
    .toLowerCase()
    .replace(/q u(?=[eéií])/g, 'q')
    .replace(/qu(?=[eéií])/g, 'q')
    .replace(/gu(?=[eéií])/g, 'g')
    .replace(/y$/, 'i');
  let syllables = 0;
  let previous = ''; // the last vowel of the current vowel group, if any
  for (const letter of word) {
    const isStrong = STRONG.includes(letter);
    const isWeak = WEAK.includes(letter);
    if (!isStrong && !isWeak) {
      previous = '';
      continue;
    }
    const startsNew =
      previous === '' || // first vowel after a consonant
      (isStrong && STRONG.includes(previous)); // hiatus: two strong vowels
    if (startsNew) syllables++;
    previous = letter;
  }
  return Math.max(1, syllables);
}
