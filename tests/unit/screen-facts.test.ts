import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../locales/sources';
import { ALL_LANGUAGES, WHOLE_LANGUAGES, placedTexts } from './support/app-texts';
import { WORDING } from './support/rule-wording';
import { SCREEN_WORDING, screenWording } from './support/screen-wording';

/**
 * The screens' words against the facts sheet (§1b as corrected 2026-12-05, §8 and gap 3, the line on
 * phones), in every language that has the screen: the warrant check and help in every pack, the record
 * and the practice screen in the whole-app languages. Each language's phrase is in
 * support/screen-wording.ts.
 */

const text = (language: (typeof ALL_LANGUAGES)[number], place: string): string => {
  const found = placedTexts(language).get(place);
  if (found === undefined) throw new Error(`${language} has no ${place}`);
  return found;
};

describe('screen facts: the warrant check (§1b)', () => {
  it.each(ALL_LANGUAGES)(
    'in %s, the name question asks for someone who lives here, not for your own name',
    (language) => {
      const { livesHere } = SCREEN_WORDING[language];
      expect(text(language, 'warrant.json.questions.name.text')).toContain(livesHere);
      expect(text(language, 'warrant.json.diagram.lookName')).toContain(livesHere);
    },
  );

  it('in English, neither the question nor the diagram asks for "your name"', () => {
    for (const place of ['warrant.json.questions.name.text', 'warrant.json.diagram.lookName'])
      expect(text('en', place), place).not.toMatch(/your (correct )?name/i);
  });

  it.each(ALL_LANGUAGES)(
    'in %s, the immigration question looks only at the top, the signature and the form number',
    (language) => {
      expect(text(language, 'warrant.json.questions.immigration.text')).toContain(
        SCREEN_WORDING[language].whereToLook,
      );
    },
  );

  it('in English, no result of the check says to resist, and a door kept shut says not to', () => {
    const results = [...placedTexts('en')].filter(([place]) => place.startsWith('warrant.json.results.'));
    const resisting = results.filter(([, words]) => /resist/i.test(words) && !/do not resist/i.test(words));
    expect(resisting).toEqual([]);
    for (const verdict of ['ice', 'mismatch', 'judicial'])
      expect(
        results.some(
          ([place, words]) => place.includes(`.${verdict}.steps.`) && /do not resist/i.test(words),
        ),
        verdict,
      ).toBe(true);
  });
});

describe('screen facts: the record names a federal or state judge (§1b, 2026-12-05)', () => {
  it.each(WHOLE_LANGUAGES)('in %s', (language) => {
    const words = screenWording(language);
    const judge = WORDING[language].federalOrStateJudge;
    expect(text(language, 'record.json.form.warrantKinds.judicial')).toMatch(judge);
    expect(text(language, 'record.json.text.checkQuestions.judge')).toMatch(judge);
    expect(text(language, 'record.json.text.checkQuestions.court')).toContain(words.federalOrStateCourt);
    const ice = text(language, 'record.json.form.warrantKinds.ice');
    expect(ice).toContain('DHS');
    expect(ice).toContain('ICE');
    expect(ice).toContain(words.immigrationJudge);
  });

  it('in English, the labels no longer say only "a judge" or "an immigration officer"', () => {
    expect(text('en', 'record.json.form.warrantKinds.judicial')).not.toBe('Signed by a judge');
    expect(text('en', 'record.json.form.warrantKinds.ice')).not.toMatch(/^Signed by an immigration officer$/);
    expect(text('en', 'record.json.text.checkQuestions.name')).toContain('someone who lives here');
  });
});

describe('screen facts: MigraWatch on the help screen (§8, gap 3)', () => {
  it.each(ALL_LANGUAGES)(
    'in %s, says United We Dream has run it, and that we found no page of theirs',
    (language) => {
      const words = SCREEN_WORDING[language];
      expect(text(language, 'help.json.report.migrawatch')).toContain(words.hasRun);
      expect(text(language, 'help.json.report.source')).toContain(words.foundNoPage);
    },
  );

  it('in English, no present tense and no claim about their whole website', () => {
    expect(text('en', 'help.json.report.migrawatch')).not.toMatch(/takes reports/);
    expect(text('en', 'help.json.report.source')).not.toMatch(/not on United We Dream's own website/);
  });
});

describe('screen facts: the practice screen says what the sheet says of phones', () => {
  it.each(WHOLE_LANGUAGES)('in %s, know at least one number by heart', (language) => {
    expect(text(language, 'practice.json.why')).toContain(screenWording(language).atLeastOne);
  });

  it('in English, no claim that detention allows only numbers known by heart', () => {
    expect(text('en', 'practice.json.why')).not.toMatch(/only be able to call/);
  });
});

describe("screen facts: source addresses as the facts sheet's Source list gives them", () => {
  it('Factchequeado, elTOQUE and IBX Legal', () => {
    expect(SOURCES.FACTCHEQUEADO.url).toBe(
      'https://factchequeado.com/teexplicamos/20250624/ubicar-detenido-ice',
    );
    expect(SOURCES['ELTOQUE-ODLS'].url).toBe('https://eltoque.com/');
    expect(SOURCES['IBX-LEGAL'].url).toBe('https://ibxlegal.org/');
  });

  it('no address is a mirror, a misspelled domain or a draft copy', () => {
    const urls = Object.values(SOURCES).flatMap((source) => (source.url ? [source.url] : []));
    expect(urls.filter((url) => /1eye\.us|factchequado\.|-copy\b/.test(url))).toEqual([]);
  });
});
