import { describe, expect, it } from 'vitest';
import type { CoreGuide, Guide } from '../../src/content/guide-types';
import type { AppLanguage } from '../../src/i18n/pack-languages';
import {
  ALL_LANGUAGES,
  CORE_LANGUAGES,
  WHOLE_LANGUAGES,
  guideParts,
  guidesOf,
  interfaceParts,
} from './support/app-texts';

/**
 * A translation keeps every number a person acts on: form names (I-205, G-325R), phone numbers, years,
 * dollar amounts and counts. Each English guide's numbers must be in the same guide of every language
 * (for an emergency-core pack, in the title, summary and "right now" block where English has them
 * there), and each English string's in the same string.
 */

const NUMBER_LIKE = [
  /\b[A-Z]{1,2}-\d{1,4}[A-Z]?\b/g, // form names: I-9, I-94, I-205, G-325R, K-12
  /\b1-\d{3}(?:-[\dA-Z]+)+/g, // phone numbers: 1-866-347-2423, 1-866-DHS-2-ICE
  /\b(?:19|20)\d{2}\b/g, // years
  /\$\d{1,3}(?:,\d{3})*/g, // dollar amounts
  /(?<![\d,.$-])\d+(?:\.\d+)?(?![\d,]|-\d)/g, // any other number: 30 days, 4.5 meters, 100-mile
];

/** The number-like tokens of a text; a dollar amount as its digits, however a language groups them. */
function tokens(text: string): Set<string> {
  return new Set(NUMBER_LIKE.flatMap((pattern) => text.match(pattern) ?? []).map(digitsOfAmount));
}

const digitsOfAmount = (token: string) => (token.startsWith('$') ? token.replace(/\D/g, '') : token);

/** A translation's text with thousands written together: 5,000, 5 000 and 5.000 become 5000. */
const ungrouped = (text: string) => text.replace(/(\d)[,.\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');

/** How many times a token stands alone in a text (I-9 is not in I-94, 2025 is not in 20250). */
function count(text: string, token: string): number {
  // A decimal point may be a comma: 4.5 is 4,5 in French.
  const escaped = token.replace(/[*+?^${}()|[\]\\]/g, '\\$&').replace('.', '[.,]');
  const alone = new RegExp(`(?<![\\dA-Za-z.,])${escaped}(?![\\dA-Za-z]|[.,]\\d)`, 'g');
  return ungrouped(text).match(alone)?.length ?? 0;
}

/** Tokens a language writes another way on purpose, by guide or string, with the reason. */
const WRITTEN_OTHERWISE: Partial<Record<AppLanguage, Record<string, string>>> = {
  es: { 'schools-hospitals-churches-courts: K-12': 'school grades, in words: "de kínder a 12.º grado"' },
  'zh-Hans': {
    'schools-hospitals-churches-courts: K-12':
      'school grades, in words: 幼儿园到十二年级 (kindergarten to grade 12)',
  },
  ar: { 'alert.json.send.segments_one: 1': 'the plural form for one says "one" in words (رسالة نصية واحدة)' },
};

const words = (guide: Guide | CoreGuide, core: boolean) =>
  guideParts(guide)
    .filter(([place]) => !core || /\.(title|summary|rightNow\..*)$/.test(place))
    .map(([, text]) => text)
    .join('\n');

/** English's tokens that a text has fewer times than English's text, as `<place>: <token>`. */
const lostFrom = (place: string, source: string, text: string) =>
  [...tokens(source)]
    // As many times as English: a form name dropped from one of two notes is lost there.
    .filter((token) => count(text, token) < count(source, token))
    .map((token) => `${place}: ${token}`);

function missing(language: AppLanguage, core: boolean): string[] {
  const translated = new Map(guidesOf(language).map((guide) => [guide.id, words(guide, core)]));
  return guidesOf('en').flatMap((english) => {
    const text = translated.get(english.id);
    if (text === undefined) return core ? [] : [`${english.id}: no guide`];
    return lostFrom(english.id, words(english, core), text);
  });
}

/** The same for interface strings, key by key (an emergency-core pack has its areas only). */
function missingInStrings(language: AppLanguage): string[] {
  const translated = new Map(interfaceParts(language));
  return interfaceParts('en').flatMap(([place, source]) => {
    const text = translated.get(place);
    return text === undefined ? [] : lostFrom(place, source, text);
  });
}

/** What a language lost beyond its listed exceptions, and exceptions that no longer apply. */
function unexplained(language: AppLanguage, lost: readonly string[], from: 'guide' | 'strings') {
  const otherwise = Object.keys(WRITTEN_OTHERWISE[language] ?? {}).filter((token) =>
    from === 'strings' ? token.includes('.json.') : !token.includes('.json.'),
  );
  return {
    lost: lost.filter((token) => !otherwise.includes(token)),
    stale: otherwise.filter((token) => !lost.includes(token)),
  };
}

describe('numbers in translated guides', () => {
  it('finds the numbers a person acts on, and not a longer one', () => {
    const text =
      'Form I-9 and I-94. Call 1-866-347-2423, not 1-866-DHS-2-ICE. In 2025, a fine of $5,000 (not $100).';
    expect([...tokens(text)]).toEqual([
      'I-9',
      'I-94',
      '1-866-347-2423',
      '1-866-DHS-2-ICE',
      '2025',
      '5000',
      '100',
    ]);
    expect(count('une amende de 5 000 dollars', '5000')).toBe(1);
    expect(count('5,000 美元', '5000')).toBe(1);
    expect(count('le formulaire I-94', 'I-9')).toBe(0);
    expect(count('وI-94 و I-94', 'I-94')).toBe(2);
    expect(count('3 à 4,5 mètres', '4.5')).toBe(1);
  });

  it.each(WHOLE_LANGUAGES)("every English guide's numbers are in the same %s guide", (language) => {
    expect(unexplained(language, missing(language, false), 'guide')).toEqual({ lost: [], stale: [] });
  });

  it.each(CORE_LANGUAGES)(
    "in %s, an encounter guide's first block keeps English's numbers there",
    (language) => {
      expect(missing(language, true)).toEqual([]);
    },
  );

  it.each(ALL_LANGUAGES)("every English string's numbers are in the same %s string", (language) => {
    expect(unexplained(language, missingInStrings(language), 'strings')).toEqual({ lost: [], stale: [] });
  });
});
