import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/content/catalog';
import type { Guide } from '../../src/content/guide-types';
import { LANGUAGES, type Language } from '../../src/i18n/languages';

/**
 * Rules from the facts sheet's 2026-12-05 corrections that a mistake could break anywhere in the app's
 * text: every guide and every interface string (the family plan included), in every language.
 */

const localesDir = join(import.meta.dirname, '../../locales');

const leaves = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(leaves)
      : [];

const guideTexts = (guide: Guide) => [
  guide.title,
  guide.summary,
  ...(guide.rightNow?.steps ?? []),
  ...(guide.rightNow?.sayThis ?? []).flatMap((phrase) => [phrase.english, phrase.meaning ?? '']),
  ...guide.steps,
  ...(guide.prepare ?? []),
  ...guide.sayThis.flatMap((phrase) => [phrase.english, phrase.meaning ?? '']),
  ...guide.doNot,
  ...guide.goodToKnow.map((note) => note.text),
];

const guides = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, await loadGuides(language)] as const)),
) as Record<Language, readonly Guide[]>;

/** Every text the app shows in a language: guides and interface strings. */
function allTexts(language: Language): string[] {
  const strings = readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => leaves(JSON.parse(readFileSync(join(localesDir, language, name), 'utf8'))));
  return [...guides[language].flatMap(guideTexts), ...strings];
}

function guideText(language: Language, id: string): string {
  const guide = guides[language].find((candidate) => candidate.id === id);
  if (!guide) throw new Error(`no ${language} guide ${id}`);
  return guideTexts(guide).join('\n');
}

/** Advice not to carry, show or hand over foreign papers: for people with no U.S. immigration papers only. */
const FOREIGN_PAPERS = {
  en: {
    advice:
      /\b(do not|don't|never|not to)\s+(carry|show|hand over|give|keep)\b[^.]*?(another country|foreign|consular|your country|passport)/i,
    qualifier: /no U\.S\. immigration papers/i,
  },
  es: {
    advice:
      /\b(no|nunca)\s+(?:(?:se|les|los|las|lo|la|ni)\s+)*(lleve|muestre|entregue|dé|llevar|mostrar|entregar)(?=[\s.,;:])[^.]*?(otro país|extranjer|consular|su país|pasaporte)/i,
    qualifier: /(no tiene|sin) papeles de inmigración/i,
  },
} satisfies Record<Language, { advice: RegExp; qualifier: RegExp }>;

/** How each language says the carry rule that goes with that advice. */
const CARRY_RULE = {
  en: /must carry|law says to carry/,
  es: /deben? llevar(los)?|dice que lleve/,
} satisfies Record<Language, RegExp>;

/** The old, wrong lines: ICE needs no warrant at all; local law limits courthouse arrests. */
const NO_WARRANT_OR_LOCAL_LAW = {
  en: /does not need any warrant|local law does not forbid|unless local law/i,
  es: /no necesita ninguna orden|la ley local no lo prohíb|a menos que la ley local/i,
} satisfies Record<Language, RegExp>;

const unqualified = (language: Language, texts: readonly string[]) =>
  texts.filter(
    (text) => FOREIGN_PAPERS[language].advice.test(text) && !FOREIGN_PAPERS[language].qualifier.test(text),
  );

describe('advice on papers from another country', () => {
  it('the rule catches the old, unqualified lines', () => {
    expect(
      unqualified('en', [
        'Do not carry papers from another country, like a foreign passport or a consular ID.',
        'A locked box at home is one safe place for the originals. Never give your passport to immigration agents.',
      ]),
    ).toHaveLength(2);
    expect(
      unqualified('es', [
        'No lleve papeles de otro país, como un pasaporte extranjero o una matrícula consular.',
        'Nunca les dé su pasaporte a agentes de inmigración.',
      ]),
    ).toHaveLength(2);
  });

  it.each(LANGUAGES)('in %s, always says it is for people with no U.S. immigration papers', (language) => {
    expect(unqualified(language, allTexts(language))).toEqual([]);
  });

  it.each(LANGUAGES)('in %s, every guide that gives it also gives the carry rule', (language) => {
    for (const guide of guides[language]) {
      const text = guideTexts(guide).join('\n');
      if (!FOREIGN_PAPERS[language].advice.test(text)) continue;
      expect(text, guide.id).toMatch(/I-94/);
      expect(text, guide.id).toMatch(CARRY_RULE[language]);
    }
  });
});

describe('dated corrections (2026-12-05)', () => {
  it.each(LANGUAGES)('in %s, the carry-rule fine is up to 5,000 dollars, never 100', (language) => {
    expect(allTexts(language).filter((text) => /\$\s?100\b(?![,.]\d)|\b100 dólares/.test(text))).toEqual([]);
    for (const id of ['in-a-car', 'rights-and-duties'])
      expect(guideText(language, id), id).toContain('$5,000');
  });

  it('only a U.S. citizen, a green-card holder, a law firm or a nonprofit may post an ICE bond', () => {
    const en = guideText('en', 'find-a-detained-person');
    expect(en).toMatch(/U\.S\. citizen, a green card holder[^.]*law firm[^.]*nonprofit/);
    expect(en).toContain('CeBONDS');
    const es = guideText('es', 'find-a-detained-person');
    expect(es).toMatch(
      /ciudadano de EE\. UU\.[^.]*tarjeta verde[^.]*bufete de abogados[^.]*sin fines de lucro/,
    );
    expect(es).toContain('CeBONDS');
    for (const language of LANGUAGES) {
      expect(
        allTexts(language).filter(
          (text) =>
            /cashier's check|cheque de caja/i.test(text) && !/out of date|viej|antigu|ya no/i.test(text),
        ),
      ).toEqual([]);
    }
  });

  it('an I-9 inspection notice is counted in business days', () => {
    expect(guideText('en', 'at-work')).toContain('3 business days');
    expect(guideText('es', 'at-work')).toContain('3 días hábiles');
    for (const language of LANGUAGES) {
      const calendarDays = allTexts(language).filter(
        (text) => /I-9/.test(text) && /\b(3|three|tres) (days|días)\b(?! hábiles)/i.test(text),
      );
      expect(calendarDays).toEqual([]);
    }
  });

  it.each(LANGUAGES)(
    'in %s, no text says ICE needs no warrant at all, or that local law limits courthouse arrests',
    (language) => {
      expect(allTexts(language).filter((text) => NO_WARRANT_OR_LOCAL_LAW[language].test(text))).toEqual([]);
    },
  );

  it("the door guide says a judge's warrant comes from a federal or state court, not an immigration court", () => {
    expect(guideText('en', 'agents-at-your-door')).toMatch(/federal or state judge/);
    expect(guideText('en', 'agents-at-your-door')).toMatch(/Immigration Court/);
    expect(guideText('es', 'agents-at-your-door')).toMatch(/juez federal o estatal/);
  });
});
