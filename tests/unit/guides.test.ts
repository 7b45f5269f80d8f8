import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../locales/sources';
import { URGENT_GUIDE_ID, loadGuides } from '../../src/content/catalog';
import type { Guide } from '../../src/content/guide-types';
import { validateGuide } from '../../src/content/validate-guide';
import { notesForState } from '../../src/content/for-state';
import { US_STATES } from '../../src/features/plan/us-states';
import { LANGUAGES } from '../../src/i18n/languages';
import { LIMITS, scoreGuides } from '../content/content-report';

const knownSources = new Set(Object.keys(SOURCES));
const byLanguage = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, await loadGuides(language)] as const)),
) as Record<(typeof LANGUAGES)[number], readonly Guide[]>;

describe('guide catalog', () => {
  it.each(LANGUAGES)('loads the %s guides through the catalog', (language) => {
    expect(byLanguage[language].length).toBeGreaterThan(0);
    expect(byLanguage[language].map((guide) => guide.id)).toContain(URGENT_GUIDE_ID);
  });

  it.each(LANGUAGES)('every %s guide meets the guide contract', (language) => {
    const problems = byLanguage[language].flatMap((guide) => validateGuide(guide, language, knownSources));
    expect(problems).toEqual([]);
  });

  it('community defense links its practice step to the alert, in every language', () => {
    for (const language of LANGUAGES) {
      const guide = byLanguage[language].find((candidate) => candidate.id === 'community-defense');
      expect(guide?.stepLinks).toContainEqual({ list: 'steps', step: 3, to: 'alert' });
    }
  });

  it('a link to another screen must name a step that exists', () => {
    const door = byLanguage.en.find((guide) => guide.id === 'agents-at-your-door');
    if (!door) throw new Error('no door guide');
    expect(door.stepLinks).toContainEqual({ list: 'rightNow', step: 1, to: 'warrant' });
    // Writing down what happened opens the record, and telling one's people the alert (issue 13), in
    // every language.
    for (const language of LANGUAGES)
      for (const id of ['document-a-raid', 'community-defense'])
        for (const to of ['record', 'alert'])
          expect(
            byLanguage[language].find((guide) => guide.id === id)?.stepLinks,
            `${language}/${id}`,
          ).toContainEqual(expect.objectContaining({ to }));
    const broken = { ...door, stepLinks: [{ list: 'rightNow' as const, step: 3, to: 'warrant' as const }] };
    expect(validateGuide(broken, 'en', knownSources)).toEqual([
      'en/agents-at-your-door: link to warrant names a rightNow step that does not exist',
    ]);
  });

  it("a state's own rule names a state, and California's AB 450 is told only where it applies", () => {
    for (const language of LANGUAGES)
      for (const guide of byLanguage[language])
        for (const note of guide.goodToKnow)
          if (note.onlyInState) expect(US_STATES, `${language}/${guide.id}`).toContain(note.onlyInState);
    const atWork = byLanguage.en.find((guide) => guide.id === 'at-work');
    if (!atWork) throw new Error('no at-work guide');
    const ab450 = atWork.goodToKnow.filter((note) => note.text.includes('AB 450'));
    expect(ab450.map((note) => note.onlyInState)).toEqual(['CA']);
    const bad = { ...atWork, goodToKnow: [{ text: 'In Texas.', onlyInState: 'Texas' }] };
    expect(validateGuide(bad, 'en', knownSources)).toEqual([
      'en/at-work: good-to-know 1 state is not a postal code like CA',
    ]);
  });

  it("a state's rule shows where the family lives there, or has not said its state; never elsewhere", () => {
    const everywhere = { text: 'Federal law.' };
    const california = { text: 'In California.', onlyInState: 'CA' };
    const notes = [everywhere, california];
    expect(notesForState(notes, undefined)).toEqual(notes);
    expect(notesForState(notes, 'CA')).toEqual(notes);
    expect(notesForState(notes, 'TX')).toEqual([everywhere]);
  });

  it('guide ids are unique', () => {
    for (const language of LANGUAGES) {
      const ids = byLanguage[language].map((guide) => guide.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has the same guides as English, at the same depth',
    (language) => {
      const shape = (guide: Guide) => ({
        id: guide.id,
        rightNowSteps: guide.rightNow?.steps.length ?? null,
        rightNowPhrases: guide.rightNow?.sayThis.map((phrase) => phrase.english) ?? null,
        steps: guide.steps.length,
        stepLinks: guide.stepLinks ?? null,
        prepare: guide.prepare?.length ?? null,
        sayThis: guide.sayThis.length,
        phrasesInEnglish: guide.sayThis.map((phrase) => phrase.english),
        doNot: guide.doNot.length,
        goodToKnowDates: guide.goodToKnow.map((note) => note.since ?? null),
        goodToKnowStates: guide.goodToKnow.map((note) => note.onlyInState ?? null),
        sources: guide.sources,
        lastReviewed: guide.lastReviewed,
      });
      expect(byLanguage[language].map(shape)).toEqual(byLanguage.en.map(shape));
    },
  );
});

const scores = await scoreGuides();

describe('plain language', () => {
  it.each(scores)('$id reads easily in both languages', (scores) => {
    expect(scores.englishGrade).toBeLessThanOrEqual(LIMITS.englishGrade);
    expect(scores.spanishEase).toBeGreaterThanOrEqual(LIMITS.spanishEase);
  });
});

describe('validateGuide', () => {
  const good: Guide = {
    id: 'sample',
    title: 'Sample',
    summary: 'One line.',
    steps: ['Keep the door shut.'],
    sayThis: [{ english: 'I do not consent.' }],
    doNot: ['Do not open the door.'],
    goodToKnow: [{ text: 'A dated fact.', since: '2025-01-20' }],
    sources: ['ACLU-FLYER'],
    lastReviewed: '2026-11-26',
  };

  it('accepts a guide that meets the contract', () => {
    expect(validateGuide(good, 'en', knownSources)).toEqual([]);
  });

  it('names each broken rule', () => {
    const broken: Guide = {
      ...good,
      id: 'Not Kebab',
      steps: [Array.from({ length: 26 }, () => 'word').join(' '), ''],
      sayThis: [{ english: 'Hello' }],
      goodToKnow: [{ text: '<b>bold</b>', since: '20 Jan 2025' }],
      sources: ['NOPE' as 'ACLU-FLYER'],
      lastReviewed: 'soon',
    };
    expect(validateGuide(broken, 'es', knownSources)).toEqual([
      'es/Not Kebab: id must be kebab-case',
      'es/Not Kebab: step 2 is empty',
      'es/Not Kebab: good-to-know 1 contains markup',
      'es/Not Kebab: step 1 is over 25 words',
      'es/Not Kebab: phrase 1 has no meaning in es',
      'es/Not Kebab: good-to-know 1 date is not YYYY-MM-DD or YYYY-MM',
      'es/Not Kebab: unknown source NOPE',
      'es/Not Kebab: lastReviewed is not YYYY-MM-DD',
    ]);
  });

  it('keeps the right-now block to three short steps and two phrases with their meaning', () => {
    const crowded: Guide = {
      ...good,
      rightNow: {
        steps: ['One.', 'Two.', 'Three.', Array.from({ length: 26 }, () => 'word').join(' ')],
        sayThis: [{ english: 'A.' }, { english: 'B.' }, { english: 'C.' }],
      },
      prepare: [Array.from({ length: 26 }, () => 'word').join(' ')],
    };
    expect(validateGuide(crowded, 'es', knownSources)).toEqual([
      'es/sample: right-now step 4 is over 25 words',
      'es/sample: right now needs 1 to 3 steps',
      'es/sample: right now has more than 2 phrases',
      'es/sample: prepare 1 is over 25 words',
      'es/sample: phrase 1 has no meaning in es',
      'es/sample: phrase 2 has no meaning in es',
      'es/sample: phrase 3 has no meaning in es',
      'es/sample: phrase 4 has no meaning in es',
    ]);
  });

  it('refuses a meaning on an English phrase', () => {
    const withMeaning: Guide = { ...good, sayThis: [{ english: 'Hi', meaning: 'Hola' }] };
    expect(validateGuide(withMeaning, 'en', knownSources)).toEqual([
      'en/sample: phrase 1 needs no meaning in English',
    ]);
  });
});
