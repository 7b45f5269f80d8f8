import { describe, expect, it } from 'vitest';
import { englishGrade, spanishEase, spanishSyllables } from '../content/readability';

describe('readability counting', () => {
  it.each([
    ['casa', 2],
    ['puerta', 2],
    ['abogado', 4],
    ['guardar', 2],
    ['que', 1],
    ['muy', 1],
    ['día', 2],
    ['teatro', 3],
    ['ciudad', 2],
    ['inmigración', 4],
    ['agüero', 3],
  ])('%s has %i syllables', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('scores short plain sentences as easy, in both languages', () => {
    expect(englishGrade(['Keep the door shut.', 'Do not sign anything.'])).toBeLessThan(3);
    expect(spanishEase(['No abra la puerta.', 'No firme nada.'])).toBeGreaterThan(90);
  });

  it('scores long legal sentences as hard', () => {
    const legal = [
      'Notwithstanding administrative determinations, constitutional protections concerning unreasonable governmental intrusions remain applicable.',
    ];
    expect(englishGrade(legal)).toBeGreaterThan(12);
    expect(
      spanishEase([
        'No obstante las determinaciones administrativas, las protecciones constitucionales relativas a intromisiones gubernamentales irrazonables permanecen aplicables.',
      ]),
    ).toBeLessThan(40);
  });
});
