import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreGuide, Guide } from '../../../src/content/guide-types';
import { LANGUAGES, type Language } from '../../../src/i18n/languages';
import {
  PACK_CODES,
  PACK_LANGUAGES,
  type AppLanguage,
  type PackLanguage,
} from '../../../src/i18n/pack-languages';
import { localesDir } from './locale-strings';

/**
 * Every text the app shows, in every language, read from `locales/<lang>/` (not through the catalog,
 * which needs the browser's caches for a pack), each under a name that is the same in every language:
 * `<guide id>.<part>.<index>` for a guide's words, `<area>.json.<key>` for an interface string.
 */

type WholePack = {
  [L in PackLanguage]: (typeof PACK_LANGUAGES)[L]['tier'] extends 'whole' ? L : never;
}[PackLanguage];
/** A language with every screen and guide: English, Spanish, a whole-app pack. */
export type WholeLanguage = Language | WholePack;
/** An emergency-core pack (locales/core.ts). */
export type CoreLanguage = Exclude<PackLanguage, WholePack>;

const isWholePack = (code: PackLanguage): code is WholePack => PACK_LANGUAGES[code].tier === 'whole';

export const WHOLE_LANGUAGES: readonly WholeLanguage[] = [...LANGUAGES, ...PACK_CODES.filter(isWholePack)];
export const CORE_LANGUAGES = PACK_CODES.filter((code): code is CoreLanguage => !isWholePack(code));
export const ALL_LANGUAGES: readonly AppLanguage[] = [...WHOLE_LANGUAGES, ...CORE_LANGUAGES];

const modules = import.meta.glob<{ guides: readonly (Guide | CoreGuide)[] }>('/locales/*/guides/index.ts', {
  eager: true,
});

export function guidesOf(language: AppLanguage): readonly (Guide | CoreGuide)[] {
  const module = modules[`/locales/${language}/guides/index.ts`];
  if (!module) throw new Error(`no guides for ${language}`);
  return module.guides;
}

type Part = [place: string, text: string];

const listed = (name: string, texts: readonly string[] = []) =>
  texts.map((text, index): Part => [`${name}.${index}`, text]);

/** A guide's words, each under its place: `<id>.steps.3`, `<id>.sayThis.1.meaning`, … */
export function guideParts(guide: Guide | CoreGuide): Part[] {
  const phrases = (name: string, from: Guide['sayThis'] = []) =>
    from.flatMap((phrase, index): Part[] => [
      [`${name}.${index}.english`, phrase.english],
      [`${name}.${index}.meaning`, phrase.meaning ?? ''],
    ]);
  const id = guide.id;
  const whole = 'steps' in guide ? guide : undefined;
  return [
    [`${id}.title`, guide.title],
    [`${id}.summary`, guide.summary],
    ...listed(`${id}.rightNow.steps`, guide.rightNow?.steps),
    ...phrases(`${id}.rightNow.sayThis`, guide.rightNow?.sayThis),
    ...listed(`${id}.steps`, whole?.steps),
    ...listed(`${id}.prepare`, whole?.prepare),
    ...phrases(`${id}.sayThis`, whole?.sayThis),
    ...listed(`${id}.doNot`, whole?.doNot),
    ...listed(
      `${id}.goodToKnow`,
      whole?.goodToKnow.map((note) => note.text),
    ),
  ];
}

const leaves = (value: unknown, name: string): Part[] =>
  typeof value === 'string'
    ? [[name, value]]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${name}.${key}`))
      : [];

/** Every interface string of a language, keyed `<area>.json.<key>` (an emergency-core pack has its areas only). */
export function interfaceParts(language: AppLanguage): Part[] {
  return readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => leaves(JSON.parse(readFileSync(join(localesDir, language, name), 'utf8')), name));
}

/** Every text the app shows in a language, by place: guides, then interface strings. */
export function placedTexts(language: AppLanguage): Map<string, string> {
  return new Map([...guidesOf(language).flatMap(guideParts), ...interfaceParts(language)]);
}

export const allTexts = (language: AppLanguage) => [...placedTexts(language).values()];

/** One guide's words in a language, as one text. */
export function guideText(language: AppLanguage, id: string): string {
  const guide = guidesOf(language).find((candidate) => candidate.id === id);
  if (!guide) throw new Error(`no ${language} guide ${id}`);
  return guideParts(guide)
    .map(([, text]) => text)
    .join('\n');
}

/**
 * The places where English says something (`english` matches) and the language does not say it the
 * way it should (`translated` does not match): a translation that dropped a qualifier or a number.
 */
export function missingWhere(language: AppLanguage, english: RegExp, translated: RegExp): string[] {
  const texts = placedTexts(language);
  // An emergency-core pack has only some places; a whole-app language has every one of English's.
  const expected = (place: string) =>
    texts.has(place) || (WHOLE_LANGUAGES as readonly AppLanguage[]).includes(language);
  return [...placedTexts('en')]
    .filter(([place, text]) => english.test(text) && expected(place))
    .filter(([place]) => !translated.test(texts.get(place) ?? ''))
    .map(([place]) => `${place}: ${texts.get(place) ?? '(missing)'}`);
}

export type { AppLanguage, Language };
