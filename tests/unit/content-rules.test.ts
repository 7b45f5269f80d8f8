import { describe, expect, it } from 'vitest';
import {
  ALL_LANGUAGES,
  CORE_LANGUAGES,
  WHOLE_LANGUAGES,
  allTexts,
  guideParts,
  guideText,
  guidesOf,
  missingWhere,
  placedTexts,
} from './support/app-texts';
import { WORDING, wording, type Wording } from './support/rule-wording';
import type { AppLanguage } from './support/app-texts';

/**
 * Rules from the facts sheet's 2026-12-05 corrections that a mistake could break anywhere in the app's
 * text: every guide and every interface string (the family plan included), in every language, the
 * language packs too (an emergency-core pack has only the door guide's top, the card and the warrant
 * check of them). Each language's wording is in support/rule-wording.ts.
 */

const EN = wording('en');

const sentences = (text: string) => text.split(/(?<=[.。؟?!])\s*/);

/** A guide's words in a language, each under its place (`<id>.steps.3`), without the interface strings. */
const guideTexts = (language: AppLanguage) => new Map(guidesOf(language).flatMap(guideParts));

/** The sentences that speak of a judge signing without saying the judge is a federal or state one. */
const anyJudge = (words: Wording, text: string) =>
  sentences(text).filter(
    (sentence) =>
      words.signs.test(sentence) &&
      words.judge.test(sentence) &&
      // A sentence on an immigration judge's paper speaks of no judge's warrant.
      !words.immigrationJudge.test(sentence) &&
      !words.federalOrStateJudge.test(sentence),
  );

/** The guide texts that say you need not give your status or birthplace, with nowhere a word for visa holders. */
const noVisaException = (words: Wording, guides: readonly (readonly string[])[]) =>
  guides.filter(
    (texts) =>
      texts.some((text) => words.statusSilence.test(text)) &&
      !texts.some((text) => words.visaMayAnswer.test(text)),
  );

const unqualified = (words: Wording, texts: readonly string[]) =>
  texts.filter((text) => words.foreignPapers.test(text) && !words.noUsPapers.test(text));

describe('advice on papers from another country', () => {
  it('the rule catches the old, unqualified lines', () => {
    expect(
      unqualified(EN, [
        'Do not carry papers from another country, like a foreign passport or a consular ID.',
        'A locked box at home is one safe place for the originals. Never give your passport to immigration agents.',
      ]),
    ).toHaveLength(2);
    expect(
      unqualified(wording('es'), [
        'No lleve papeles de otro país, como un pasaporte extranjero o una matrícula consular.',
        'Nunca les dé su pasaporte a agentes de inmigración.',
      ]),
    ).toHaveLength(2);
    // Each language's advice, its qualifier taken out.
    for (const language of WHOLE_LANGUAGES) {
      const words = wording(language);
      const advice = allTexts(language).filter((text) => words.foreignPapers.test(text));
      const stripped = advice.map((text) => text.replace(new RegExp(words.noUsPapers, 'gi'), ''));
      expect(unqualified(words, stripped), language).toHaveLength(advice.length);
    }
  });

  it.each(WHOLE_LANGUAGES)(
    'in %s, the patterns find the advice, its qualifier and the carry rule wherever English has them',
    (language) => {
      const words = wording(language);
      for (const rule of ['foreignPapers', 'noUsPapers', 'carryRule'] as const)
        expect(missingWhere(language, EN[rule], words[rule]), rule).toEqual([]);
    },
  );

  it.each(WHOLE_LANGUAGES)(
    'in %s, always says it is for people with no U.S. immigration papers',
    (language) => {
      expect(unqualified(wording(language), allTexts(language))).toEqual([]);
    },
  );

  it.each(WHOLE_LANGUAGES)('in %s, every guide that gives it also gives the carry rule', (language) => {
    const words = wording(language);
    for (const guide of guidesOf(language)) {
      const text = guideParts(guide)
        .map(([, part]) => part)
        .join('\n');
      if (!words.foreignPapers.test(text)) continue;
      expect(text, guide.id).toMatch(/I-94/);
      expect(text, guide.id).toMatch(words.carryRule);
    }
  });
});

describe('dated corrections (2026-12-05)', () => {
  it.each(WHOLE_LANGUAGES)('in %s, the carry-rule fine is up to 5,000 dollars, never 100', (language) => {
    const words = wording(language);
    expect(allTexts(language).filter((text) => words.hundredDollars.test(text))).toEqual([]);
    for (const id of ['in-a-car', 'rights-and-duties']) {
      const text = guideText(language, id);
      expect(text, id).toContain(words.fine);
      // The pattern catches the old fine written this language's way.
      expect(text.replace(words.fine, words.fine.replace(/5[ ,]000/, '100'))).toMatch(words.hundredDollars);
    }
  });

  it.each(WHOLE_LANGUAGES)(
    'in %s, only a U.S. citizen, a green-card holder, a law firm or a nonprofit may post an ICE bond',
    (language) => {
      const words = wording(language);
      const text = guideText(language, 'find-a-detained-person');
      expect(text).toMatch(words.bondPayers);
      expect(text).toContain('CeBONDS');
      expect(placedTexts(language).get('plan.json.money.bond')).toContain('CeBONDS');
      for (const rule of ['bondPayers', 'cashiersCheck', 'outOfDate'] as const)
        expect(missingWhere(language, EN[rule], words[rule]), rule).toEqual([]);
      // Sentence by sentence: the note that says how to pay also names the old way.
      const checks = allTexts(language)
        .flatMap((text) => text.split(/(?<=[.。؟?!])\s*/))
        .filter((sentence) => words.cashiersCheck.test(sentence));
      expect(checks.filter((text) => !words.outOfDate.test(text))).toEqual([]);
      // The pattern catches a cashier's check line that does not say it is out of date.
      const undated = checks.map((text) => text.replace(words.outOfDate, ''));
      expect(undated.filter((text) => !words.outOfDate.test(text))).toHaveLength(checks.length);
    },
  );

  it.each(WHOLE_LANGUAGES)('in %s, an I-9 inspection notice is counted in business days', (language) => {
    const words = wording(language);
    const atWork = guideText(language, 'at-work');
    expect(atWork).toContain(words.businessDays);
    const calendarDays = (texts: readonly string[]) =>
      texts.filter((text) => /I-9/.test(text) && words.calendarDays.test(text));
    expect(calendarDays(allTexts(language))).toEqual([]);
    expect(calendarDays([atWork.replace(words.businessDays, words.threeCalendarDays)])).toHaveLength(1);
  });

  it.each(ALL_LANGUAGES)('in %s, no text says ICE needs no warrant at all', (language) => {
    const words = WORDING[language];
    expect(words.oldNoWarrantLine).toMatch(words.needsNoWarrant);
    expect(allTexts(language).filter((text) => words.needsNoWarrant.test(text))).toEqual([]);
  });

  it.each(WHOLE_LANGUAGES)('in %s, no text says local law limits courthouse arrests', (language) => {
    const words = wording(language);
    expect(words.oldLocalLawLine).toMatch(words.localLawLimits);
    expect(allTexts(language).filter((text) => words.localLawLimits.test(text))).toEqual([]);
  });

  it("the door guide says a judge's warrant comes from a federal or state court, not an immigration court", () => {
    expect(guideText('en', 'agents-at-your-door')).toMatch(/federal or state judge/);
    expect(guideText('en', 'agents-at-your-door')).toMatch(/Immigration Court/);
    for (const language of WHOLE_LANGUAGES) {
      const door = guideText(language, 'agents-at-your-door');
      expect(door, language).toMatch(wording(language).federalOrStateJudge);
    }
  });

  it.each(ALL_LANGUAGES)(
    "in %s, the names on an immigration court's paper stay in English wherever English quotes them",
    (language) => {
      for (const name of ['Immigration Court', 'Immigration Judge'])
        expect(
          missingWhere(language, new RegExp(`"${name}"`), new RegExp(`["«“„]${name}["»”“]`)),
          name,
        ).toEqual([]);
    },
  );

  it.each(ALL_LANGUAGES)(
    'in %s, wherever English says a federal or state judge must sign, so does the translation',
    (language) => {
      expect(missingWhere(language, EN.federalOrStateJudge, WORDING[language].federalOrStateJudge)).toEqual(
        [],
      );
    },
  );

  it.each(CORE_LANGUAGES)("in %s, the door guide's first block and the warrant check say it", (language) => {
    const places = placedTexts(language);
    for (const place of [
      'agents-at-your-door.rightNow.steps.1',
      'warrant.json.questions.judge.text',
      'card.json.agentLines.door',
    ])
      expect(places.get(place), place).toMatch(WORDING[language].federalOrStateJudge);
  });
});

describe("a judge's warrant is signed by a federal or state judge (§1b, 2026-12-05)", () => {
  it.each(WHOLE_LANGUAGES)("in %s, the rule catches the red card's old limits line", (language) => {
    const words = wording(language);
    expect(anyJudge(words, words.oldJudgeLine), language).toHaveLength(1);
    // The rule is also told apart from an immigration judge's paper, which is no judge's warrant.
    expect(words.immigrationJudge.test(words.oldJudgeLine), language).toBe(false);
  });

  it.each(WHOLE_LANGUAGES)(
    'in %s, no guide speaks of a judge signing without saying a federal or state judge',
    (language) => {
      const words = wording(language);
      const found = [...guideTexts(language)].flatMap(([place, text]) =>
        anyJudge(words, text).map((sentence) => `${place}: ${sentence}`),
      );
      expect(found).toEqual([]);
    },
  );

  it.each(ALL_LANGUAGES)(
    'in %s, wherever an English guide speaks of a judge signing, the translation says a federal or state judge',
    (language) => {
      const texts = guideTexts(language);
      const signing = [...guideTexts('en')].filter(([, text]) =>
        sentences(text).some(
          (sentence) =>
            EN.signs.test(sentence) && EN.judge.test(sentence) && !EN.immigrationJudge.test(sentence),
        ),
      );
      expect(signing.length).toBeGreaterThan(0);
      const expected = (place: string) =>
        texts.has(place) || (WHOLE_LANGUAGES as readonly string[]).includes(language);
      expect(
        signing
          .filter(([place]) => expected(place))
          .filter(([place]) => !WORDING[language].federalOrStateJudge.test(texts.get(place) ?? ''))
          .map(([place]) => `${place}: ${texts.get(place) ?? '(missing)'}`),
      ).toEqual([]);
    },
  );
});

describe('people here on a visa may have to answer questions about their status (§2h)', () => {
  it('the rule catches a guide that gives the advice without the exception', () => {
    expect(
      noVisaException(EN, [
        [
          'You do not have to say where you were born, whether you are a citizen, or how you came into the country.',
        ],
        [
          'Say that you are using your right to stay silent. Do not say where you were born or how you came here.',
        ],
      ]),
    ).toHaveLength(2);
    expect(
      noVisaException(wording('es'), [
        ['Usted no tiene que decir dónde nació, si es ciudadano ni cómo entró al país.'],
        ['No tiene que contestar preguntas sobre su estatus ni sobre dónde nació.'],
      ]),
    ).toHaveLength(2);
  });

  it.each(WHOLE_LANGUAGES)(
    'in %s, the patterns find the advice and its exception wherever English has them',
    (language) => {
      const words = wording(language);
      for (const rule of ['statusSilence', 'visaMayAnswer'] as const)
        expect(missingWhere(language, EN[rule], words[rule]), rule).toEqual([]);
    },
  );

  it.each(WHOLE_LANGUAGES)(
    'in %s, every guide that says you need not tell your status or birthplace says visa holders may have to',
    (language) => {
      const words = wording(language);
      const guides = guidesOf(language).map((guide) => guideParts(guide).map(([, text]) => text));
      expect(
        guides.filter((texts) => texts.some((text) => words.statusSilence.test(text))).length,
      ).toBeGreaterThan(2);
      const missing = noVisaException(words, guides).map((texts) => texts[0]);
      expect(missing).toEqual([]);
    },
  );

  it.each(WHOLE_LANGUAGES)(
    'in %s, the steps that give the advice in a car carry the exception in their own words',
    (language) => {
      const words = wording(language);
      const step = placedTexts(language).get('in-a-car.steps.4') ?? '';
      expect(step).toMatch(words.statusSilence);
      expect(step).toMatch(words.visaMayAnswer);
    },
  );
});
