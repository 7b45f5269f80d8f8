import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_AREAS, CORE_GUIDES } from '../../locales/core';
import { SOURCES } from '../../locales/sources';
import { guides as englishGuides } from '../../locales/en/guides/index';
import { buildPack } from '../../build/language-packs';
import { guideText, withText, type GuideText } from '../../src/content/guide-text';
import type { CoreGuide, Guide, TranslationAbout } from '../../src/content/guide-types';
import { isTooLong, validateGuide } from '../../src/content/validate-guide';
import { openIn } from '../../src/first-paint/page-markup';
import { LANGUAGES } from '../../src/i18n/languages';
import {
  PACK_CODES,
  PACK_LANGUAGES,
  packLanguageFor,
  type PackLanguage,
} from '../../src/i18n/pack-languages';
import { areaStrings, localesDir } from './support/locale-strings';

// Issue 16: every language beyond English and Spanish, whole-app or emergency core, checked against
// English, which it was translated from.

const folders = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const jsonAreas = (language: string) =>
  readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace('.json', ''))
    .sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Plural forms a language needs: those some count from 0 to 1000 takes (i18next asks for exactly these). */
const needed = (language: string) => {
  const rules = new Intl.PluralRules(language);
  return new Set(Array.from({ length: 1001 }, (_, count) => rules.select(count)));
};

/** One language's strings, plural forms gathered under their key: key → form → text. */
function byKey(language: string, areas: readonly string[]) {
  const keys = new Map<string, Map<string, string>>();
  for (const area of areas)
    for (const [key, text] of areaStrings(language, area)) {
      const plural = PLURAL.exec(key);
      const base = plural ? key.slice(0, plural.index) : key;
      const forms = keys.get(base) ?? new Map<string, string>();
      forms.set(plural?.[1] ?? '', text);
      keys.set(base, forms);
    }
  return keys;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const packGuides = Object.fromEntries(
  await Promise.all(
    PACK_CODES.map(
      async (code) =>
        [
          code,
          ((await import(`../../locales/${code}/guides/index.ts`)) as { guides: (Guide | CoreGuide)[] })
            .guides,
        ] as const,
    ),
  ),
) as Record<PackLanguage, (Guide | CoreGuide)[]>;
/** Every language but English, the source: Spanish (built in) and every pack language. */
const TRANSLATED = folders.filter((folder) => folder !== 'en');
const abouts = Object.fromEntries(
  await Promise.all(
    TRANSLATED.filter((code) => existsSync(join(localesDir, code, 'about.ts'))).map(
      async (code) =>
        [
          code,
          ((await import(`../../locales/${code}/about.ts`)) as { about: TranslationAbout }).about,
        ] as const,
    ),
  ),
) as Partial<Record<string, TranslationAbout>>;

describe('language folders', () => {
  it('every folder of locales/ is a language the app has, and each has its folder', () => {
    expect(folders).toEqual([...LANGUAGES, ...PACK_CODES].sort());
  });

  it('a browser language finds its pack', () => {
    expect(packLanguageFor('pt')).toBe('pt-BR');
    expect(packLanguageFor('pt-PT')).toBe('pt-BR');
    expect(packLanguageFor('zh-CN')).toBe('zh-Hans');
    expect(packLanguageFor('zh-Hans-HK')).toBe('zh-Hans');
    expect(packLanguageFor('zh-TW')).toBeUndefined(); // traditional characters
    expect(packLanguageFor('zh-Hant')).toBeUndefined();
    expect(packLanguageFor('fil-PH')).toBe('tl');
    expect(packLanguageFor('ht-HT')).toBe('ht');
    expect(packLanguageFor('de-DE')).toBeUndefined();
  });

  it('the worker opens a right-to-left language right to left, and only those', () => {
    for (const code of PACK_CODES) {
      const page = openIn('<html lang="en"><body><div id="app"></div></body></html>', code, '/settings');
      expect(page.includes('dir="rtl"'), code).toBe(PACK_LANGUAGES[code].dir === 'rtl');
    }
  });
});

describe.each(PACK_CODES)('%s', (code) => {
  const { tier } = PACK_LANGUAGES[code];
  const areas = tier === 'whole' ? jsonAreas('en') : [...CORE_AREAS].sort();

  it(`has the interface files of its tier (${tier}), the first screen's list word for word`, () => {
    expect(jsonAreas(code)).toEqual(areas);
    expect(readFileSync(join(localesDir, code, 'index.ts'), 'utf8')).toBe(
      readFileSync(join(localesDir, 'en', 'index.ts'), 'utf8'),
    );
  });

  it("has English's keys, the plural forms its language needs, every {{placeholder}}, no empty string", () => {
    const english = byKey('en', areas);
    const translated = byKey(code, areas);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    const forms = needed(code);
    const allowed = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
    for (const [key, englishForms] of english) {
      const own = translated.get(key) ?? new Map<string, string>();
      if (englishForms.has('')) {
        expect([...own.keys()], key).toEqual(['']);
      } else {
        for (const form of forms) expect(own.has(form), `${key}_${form}`).toBe(true);
        for (const form of own.keys()) expect(allowed, `${key}_${form}`).toContain(form);
      }
      const englishOther = englishForms.get('') ?? englishForms.get('other') ?? '';
      for (const [form, text] of own) {
        expect(text.trim(), `${key} ${form}`).not.toBe('');
        // A "one" form may leave the count out ("one message"), as English's does.
        const expected = placeholders(englishForms.get(form) ?? englishOther);
        const found = placeholders(text);
        if (form === 'one' || form === 'zero' || form === 'two')
          expect(
            found.every((name) => placeholders(englishOther).includes(name)),
            `${key}_${form}`,
          ).toBe(true);
        else expect(found, `${key}_${form}`).toEqual(expected);
      }
    }
  });

  const own = packGuides[code];
  if (tier === 'whole') {
    it("has every English guide, at English's depth, meeting the guide contract", () => {
      const known = new Set(Object.keys(SOURCES));
      const guides = own as Guide[];
      expect(guides.flatMap((guide) => validateGuide(guide, code, known))).toEqual([]);
      const shape = (guide: Guide) => ({
        id: guide.id,
        rightNow: guide.rightNow && [
          guide.rightNow.steps.length,
          guide.rightNow.sayThis.map((p) => p.english),
        ],
        steps: guide.steps.length,
        stepLinks: guide.stepLinks ?? null,
        prepare: guide.prepare?.length ?? null,
        sayThis: guide.sayThis.map((phrase) => phrase.english),
        doNot: guide.doNot.length,
        dates: guide.goodToKnow.map((note) => note.since ?? null),
        states: guide.goodToKnow.map((note) => note.onlyInState ?? null),
        sources: guide.sources,
        lastReviewed: guide.lastReviewed,
      });
      expect(guides.map(shape)).toEqual(englishGuides.map(shape));
    });
  } else {
    it("has the encounter guides' top, in order, with English's phrases and a meaning for each", () => {
      const guides = own as CoreGuide[];
      expect(guides.map((guide) => guide.id)).toEqual([...CORE_GUIDES]);
      for (const guide of guides) {
        const english = englishGuides.find((candidate) => candidate.id === guide.id);
        expect(english?.rightNow, guide.id).toBeDefined();
        expect(guide.lastReviewed).toBe(english?.lastReviewed);
        expect(guide.rightNow.steps).toHaveLength(english?.rightNow?.steps.length ?? -1);
        expect(guide.rightNow.sayThis.map((phrase) => phrase.english)).toEqual(
          english?.rightNow?.sayThis.map((phrase) => phrase.english),
        );
        for (const text of [guide.title, guide.summary, ...guide.rightNow.steps])
          expect(text.trim(), guide.id).not.toBe('');
        for (const phrase of guide.rightNow.sayThis) expect(phrase.meaning?.trim(), guide.id).toBeTruthy();
        for (const step of guide.rightNow.steps) expect(isTooLong(step, code), step).toBe(false);
      }
    });
  }

  it("its pack holds only the guides' words, and they give back the guides exactly", async () => {
    const pack = JSON.parse((await buildPack(code)).json) as { guides: GuideText[]; strings: object };
    expect(Object.keys(pack.strings).sort()).toEqual(areas);
    const text = JSON.stringify(pack.guides);
    // The English said to agents is never copied into a pack: it comes from the English guide.
    expect(text).not.toContain('I am using my right to remain silent.');
    for (const guide of own) {
      const english = englishGuides.find((candidate) => candidate.id === guide.id);
      if (!english) throw new Error(`no English ${guide.id}`);
      const packed = pack.guides.find((candidate) => candidate.id === guide.id);
      expect(packed).toEqual(guideText(guide));
      if (tier === 'whole') expect(withText(english, guideText(guide))).toEqual(guide);
    }
  });
});

describe.each(TRANSLATED)('%s, a translation', (code) => {
  it('says who translated it, from which English, and claims no review that did not happen', () => {
    const about = abouts[code];
    if (!about) throw new Error(`no locales/${code}/about.ts`);
    expect(about.translatedBy.trim()).not.toBe('');
    expect(about.fromEnglish).toMatch(/^[0-9a-f]{7,40}$/);
    expect(about.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No language has been reviewed yet (issue 16): a review, when it comes, names who and when.
    expect(about.review).toBeNull();
  });
});

it('English, the source, says nothing of a translation', () => {
  expect(existsSync(join(localesDir, 'en', 'about.ts'))).toBe(false);
});

describe('the pack list', () => {
  it('names a folder for every pack language (a missing translation is not silently skipped)', () => {
    for (const code of PACK_CODES) expect(existsSync(join(localesDir, code, 'about.ts')), code).toBe(true);
  });
});
