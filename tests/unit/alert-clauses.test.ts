import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../src/storage/alert-record';
import { MESSAGE_LANGUAGES } from '../../src/storage/contact-record';
import {
  fillMessage,
  holds,
  PLACEHOLDERS,
  type PlaceholderValues,
} from '../../src/features/alert/placeholders';

/** Each language's ready-made messages, as its file holds them. */
const readyMade = (language: string): Record<string, string> =>
  (JSON.parse(readFileSync(`locales/${language}/alert.json`, 'utf8')) as { ready: Record<string, string> })
    .ready;

const VALUES = {
  name: 'Ana María',
  time: '10:31',
  place: 'Walmart 5th St',
  pickUp: 'Rosa Díaz',
  lawyer: '+12135550100',
} as const;

/** Every subset of the placeholders, as the values left empty. */
const SUBSETS = Array.from({ length: 2 ** PLACEHOLDERS.length }, (_, bits) =>
  PLACEHOLDERS.filter((_, index) => bits & (1 << index)),
);

// A sentence that ends on the word that led to the place: "at.", "en.", "在。"…
const DANGLING = /(?:^|\s)(?:at|en|em|à|nan|ở|tại|في)[.!?]|在。/u;

describe('a ready-made message with values missing', () => {
  it('has a ready-made message in every message language', () => {
    for (const language of MESSAGE_LANGUAGES)
      expect(Object.keys(readyMade(language)).sort()).toEqual([...SITUATIONS].sort());
  });

  for (const language of MESSAGE_LANGUAGES)
    it(`reads well in ${language} whatever is missing, and keeps what is there`, () => {
      const broken: string[] = [];
      for (const [situation, message] of Object.entries(readyMade(language)))
        for (const empty of SUBSETS) {
          const values: PlaceholderValues = Object.fromEntries(
            PLACEHOLDERS.map((id) => [id, empty.includes(id) ? '' : VALUES[id]]),
          );
          const { text } = fillMessage(message, values);
          const problems = [
            [/[[\]]/u, 'a bracket'],
            [DANGLING, 'a dangling word'],
            [/\.\.|。。|[.。][.。]/u, 'two stops'],
            [/[(（]\s*[)）]|[(（]$|^[)）]/u, 'empty brackets'],
            [/ {2}|^ | $|\n /u, 'extra spaces'],
            [/ [.,;!?،，。]/u, 'a space before a stop'],
            [/[:：]\s*[.。!?]|[,،，]\s*[.。]/u, 'a colon or comma before a stop'],
            [/(?:^|[.!?]\s)\p{Ll}/u, 'a sentence that starts in lower case'],
          ] as const;
          for (const [pattern, what] of problems)
            if (pattern.test(text)) broken.push(`${situation} without ${empty.join('+')}: ${what}: ${text}`);
          for (const id of PLACEHOLDERS)
            if (!empty.includes(id) && holds(message, id) && !text.includes(VALUES[id]))
              broken.push(`${situation} lost ${id}: ${text}`);
          if (text.trim() === '') broken.push(`${situation} without ${empty.join('+')}: empty`);
        }
      expect(broken).toEqual([]);
    });

  it('in English: the example the audit found reads whole', () => {
    const detained = readyMade('en')['detained'] ?? '';
    expect(fillMessage(detained, { time: '10:31', lawyer: '+12135550100' }).text).toBe(
      'Immigration is detaining me (10:31). Please pick up the children. Call my lawyer: +12135550100.',
    );
    expect(fillMessage(detained, { name: 'Ana', time: '10:31', pickUp: 'Rosa Díaz' }).text).toBe(
      'Ana here. Immigration is detaining me (10:31). Rosa Díaz, please pick up the children. Call my lawyer.',
    );
    const es = readyMade('es')['detained'] ?? '';
    expect(fillMessage(es, { time: '10:31' }).text).toBe(
      'La migra me está deteniendo (10:31). Por favor recoja a los niños. Llame a mi abogado.',
    );
  });
});
