import type { TFunction } from 'i18next';
import { SITUATIONS, type BuiltInLanguage, type Situation } from '../../storage/alert-record';
import type { MessageLanguage } from '../../storage/contact-record';
import { isPackLanguage, type PackLanguage } from '../../i18n/pack-languages';
import type { AppWords } from './compose';
import { PLACEHOLDER_WORDS, PLACEHOLDERS } from './placeholders';

/**
 * The app's words a message needs, in the language it is sent in (not the screen's), from i18next: English
 * or Spanish (the alert's chunk holds both), or the screen's own pack language.
 */
export function appWords(t: TFunction, situation: Situation, language: MessageLanguage): AppWords {
  return {
    readyMade: t(`alert.ready.${situation}`, { lng: language }),
    practiceMark: t('alert.practiceMark', { lng: language }),
  };
}

/** A pack language's words for every situation, from its pack's `alert` strings (./pack-words.ts). */
export type PackWords = { readonly [S in Situation]: AppWords };

/** The words a pack's `alert` strings give, or `undefined` when any is missing (never half a message). */
export function packWordsIn(alert: unknown): PackWords | undefined {
  if (typeof alert !== 'object' || alert === null) return undefined;
  const { ready, practiceMark } = alert as {
    ready?: Partial<Record<Situation, unknown>>;
    practiceMark?: unknown;
  };
  if (typeof practiceMark !== 'string' || practiceMark === '') return undefined;
  const words: Partial<Record<Situation, AppWords>> = {};
  for (const situation of SITUATIONS) {
    const readyMade = ready?.[situation];
    if (typeof readyMade !== 'string' || readyMade.trim() === '') return undefined;
    words[situation] = { readyMade, practiceMark };
  }
  return words as PackWords;
}

/** The language a person's message goes in, and its words. */
export interface ChosenWords {
  language: MessageLanguage;
  words: AppWords;
  /** The pack language set for them, when its pack is not on this phone: the message is in `language`. */
  notOnPhone?: PackLanguage | undefined;
}

/**
 * The words for a person whose message goes in `wanted`: English and Spanish from the app; a pack
 * language from its pack (`packWords`, read from this phone); a pack not on the phone (removed): the
 * person's second language, English or Spanish, and the screen says so; unless the person wrote their own
 * message in `wanted` (`ownWritten`): it goes as written, with the second language's practice mark only.
 */
export function wordsFor(
  t: TFunction,
  situation: Situation,
  wanted: MessageLanguage,
  packWords: ReadonlyMap<MessageLanguage, PackWords>,
  second: BuiltInLanguage,
  ownWritten = false,
): ChosenWords {
  const fromPack = packWords.get(wanted)?.[situation];
  if (fromPack) return { language: wanted, words: fromPack };
  if (!isPackLanguage(wanted)) return { language: wanted, words: appWords(t, situation, wanted) };
  const words = appWords(t, situation, second);
  return ownWritten ? { language: wanted, words } : { language: second, words, notOnPhone: wanted };
}

/** The ready-made message for `situation` in `language`: the app's, or its pack's; `''` with no pack. */
export function readyMadeIn(
  t: TFunction,
  situation: Situation,
  language: MessageLanguage,
  packWords: ReadonlyMap<MessageLanguage, PackWords>,
): string {
  if (!isPackLanguage(language)) return appWords(t, situation, language).readyMade;
  return packWords.get(language)?.[situation].readyMade ?? '';
}

/** The time now, as a person reading `language` writes it. */
export function timeNow(language: MessageLanguage, now = new Date()): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(now);
}

/** The placeholders, as written in `language`, for the set-up screen's hint. */
export function placeholderList(language: MessageLanguage): string {
  return PLACEHOLDERS.map((id) => PLACEHOLDER_WORDS[language][id]).join(', ');
}
