import { isGsmCharacter } from './segments';

/** Look-alikes phones type that are not in the GSM alphabet, as the nearest character that is. */
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u00AB': '"',
  '\u00BB': '"',
};

/**
 * The text written so it stays in the GSM 7-bit alphabet where it can (./segments.ts): á í ó ú lose
 * their accent, curly quotes become straight. Characters the alphabet has (é, ñ, ü, ¿, ¡) stay as they
 * are; a character with no plain form (an emoji) stays too, and the count says so.
 */
export function withoutAccents(text: string): string {
  return [...text]
    .map((character) => {
      if (isGsmCharacter(character)) return character;
      const plain = PLAIN[character];
      if (plain !== undefined) return plain;
      const bare = character.normalize('NFD').replace(/\p{M}+/gu, '');
      return [...bare].every(isGsmCharacter) ? bare : character;
    })
    .join('');
}
