import type { TFunction } from 'i18next';
import type { Situation } from '../../storage/alert-record';
import type { MessageLanguage } from '../../storage/contact-record';
import type { AppWords } from './compose';
import { PLACEHOLDER_WORDS, PLACEHOLDERS } from './placeholders';

/** The app's words a message needs, in the language it is sent in (not the screen's). */
export function appWords(t: TFunction, situation: Situation, language: MessageLanguage): AppWords {
  return {
    readyMade: t(`alert.ready.${situation}`, { lng: language }),
    practiceMark: t('alert.practiceMark', { lng: language }),
  };
}

/** The time now, as a person reading `language` writes it. */
export function timeNow(language: MessageLanguage, now = new Date()): string {
  return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(now);
}

/** The placeholders, as written in `language`, for the set-up screen's hint. */
export function placeholderList(language: MessageLanguage): string {
  return PLACEHOLDERS.map((id) => PLACEHOLDER_WORDS[language][id]).join(', ');
}
