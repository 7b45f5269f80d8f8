import {
  BUILT_IN_LANGUAGES,
  PLAN_MESSAGE_SITUATIONS,
  type Alert,
  type Situation,
} from '../../storage/alert-record';
import {
  byCallingOrder,
  localLineOf,
  MESSAGE_LANGUAGES,
  type MessageLanguage,
} from '../../storage/contact-record';
import type { SavedContact } from '../../storage/contacts-store';
import { dialString } from '../../shared/stored-phone';
import { fillMessage, holds, PLACEHOLDER_WORDS, type Filled, type PlaceholderValues } from './placeholders';
import { withoutAccents } from './without-accents';

/** The app's own words a message needs, in one language (from locales/<lang>/alert.json). */
export interface AppWords {
  readyMade: string;
  practiceMark: string;
}

/**
 * The message for a situation in one language, before its placeholders are filled: the raid plan's
 * family message where the person chose it and the person reads the plan's language (the one source:
 * see README.md), else what they wrote for this language, else the ready-made one. The plan keeps no
 * language: `planLanguage` is the screen's (`messageLanguageOf`), the one the set-up screen names.
 */
export function messageOf(
  situation: Situation,
  alert: Alert,
  planMessage: string,
  language: MessageLanguage,
  words: AppWords,
  planLanguage: MessageLanguage,
): string {
  const plan = planMessage.trim();
  if (
    PLAN_MESSAGE_SITUATIONS.includes(situation) &&
    alert.usePlanMessage &&
    plan !== '' &&
    language === planLanguage
  )
    return plan;
  return ownMessage(alert, language) || words.readyMade;
}

/** What the person wrote for `language`, or `''` when they left it as the ready-made one. */
export const ownMessage = (alert: Alert, language: MessageLanguage): string =>
  alert.messages[language]?.trim() ?? '';

/** What the send screen adds at send time. */
export interface SendChoices {
  values: PlaceholderValues;
  /** Where the person allowed it: the phone's position, as plain coordinates. */
  position?: string | undefined;
  noAccents: boolean;
}

/**
 * The text that goes out: placeholders filled, the place typed and the position at "where I am", or at
 * the end when the message has no such placeholder (the plan's message, "home", "safe"…: what the person
 * typed is never dropped), a practice always marked as practice (the person cannot write the mark away),
 * and without accents when chosen.
 */
export function textToSend(
  situation: Situation,
  message: string,
  words: AppWords,
  choices: SendChoices,
): Filled {
  const place = [choices.values.place?.trim(), choices.position].filter(Boolean).join(' ');
  const filled = fillMessage(message, { ...choices.values, place });
  let text = filled.text;
  if (place !== '' && !holds(message, 'place')) text = `${text}\n${place}`;
  if (situation === 'practice' && !text.startsWith(words.practiceMark))
    text = `${words.practiceMark} ${text}`;
  return { text: choices.noAccents ? withoutAccents(text) : text, missing: filled.missing };
}

/**
 * The language a message goes in when the person set none: the screen's, if messages are written in it
 * (English, Spanish and the whole-app pack languages), else English, the app's source language.
 */
export function messageLanguageOf(screenLanguage: string): MessageLanguage {
  return (MESSAGE_LANGUAGES as readonly string[]).includes(screenLanguage)
    ? (screenLanguage as MessageLanguage)
    : 'en';
}

/**
 * The languages the set-up screen offers a message box in, the screen's first: English and Spanish (every
 * phone has them, and a message for a removed pack goes in one of them), and a pack language that is the
 * screen's or a chosen person's while its pack is on this phone (`hasPack`: its ready-made message is
 * where the person starts), or that the person already wrote in. Most people see two boxes.
 */
export function languagesToWrite(
  alert: Alert,
  contacts: readonly SavedContact[],
  screenLanguage: string,
  hasPack: (language: MessageLanguage) => boolean,
): MessageLanguage[] {
  const screen = messageLanguageOf(screenLanguage);
  const chosen = new Set(recipientsOf(alert, contacts, screenLanguage).map((person) => person.language));
  return [screen, ...MESSAGE_LANGUAGES.filter((language) => language !== screen)].filter(
    (language) =>
      (BUILT_IN_LANGUAGES as readonly string[]).includes(language) ||
      ownMessage(alert, language) !== '' ||
      ((language === screen || chosen.has(language)) && hasPack(language)),
  );
}

/** One person the alert goes to, in sending order. */
export interface Recipient {
  contact: SavedContact;
  language: MessageLanguage;
  /** A landline takes no texts: the screen offers a call. */
  landline: boolean;
}

/** The chosen contacts that still exist, in the order chosen; each with the language they read. */
export function recipientsOf(
  alert: Alert,
  contacts: readonly SavedContact[],
  screenLanguage: string,
): Recipient[] {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  return alert.recipients.flatMap((id) => {
    const contact = byId.get(id);
    if (!contact) return [];
    return [
      {
        contact,
        language: contact.messageLanguage ?? messageLanguageOf(screenLanguage),
        landline: contact.landline === true,
      },
    ];
  });
}

/** Values the saved data gives: who picks up the children, the lawyer's number. */
export function savedValues(contacts: readonly SavedContact[], name: string): PlaceholderValues {
  const ordered = [...contacts].sort(byCallingOrder);
  const pickUp = ordered.find((contact) => contact.mayPickUpChildren);
  const lawyer = ordered.find((contact) => contact.role === 'lawyer');
  return { name, pickUp: pickUp?.name, lawyer: lawyerNumber(lawyer?.phones[0]) };
}

/**
 * The lawyer's number as the message writes it: with the office extension after a comma
 * (`+12135550100,123`), the form a phone dials with a pause before the extension (`dialString`).
 */
export function lawyerNumber(stored: string | undefined): string | undefined {
  return stored === undefined ? undefined : dialString(stored);
}

/** The lawyer and the local line, for the call buttons. */
export function callsOf(contacts: readonly SavedContact[]): {
  lawyer: SavedContact | undefined;
  localLine: SavedContact | undefined;
} {
  const ordered = [...contacts].sort(byCallingOrder);
  return { lawyer: ordered.find((contact) => contact.role === 'lawyer'), localLine: localLineOf(ordered) };
}

/**
 * `message` without its first sentence when that sentence holds the person's name placeholder: the locked
 * alert has no name to put there (it is sealed), and "[my name] here." without one says nothing.
 */
export function withoutNameSentence(message: string, language: MessageLanguage): string {
  // A sentence ends with ". ", or with Chinese's full stop, which no space follows.
  const end = /\. |。/u.exec(message);
  if (!end || !message.slice(0, end.index).includes(PLACEHOLDER_WORDS[language].name)) return message;
  return message.slice(end.index + end[0].length);
}
