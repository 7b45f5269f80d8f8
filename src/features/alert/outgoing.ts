import type { TFunction } from 'i18next';
import type { Alert, Situation } from '../../storage/alert-record';
import type { MessageLanguage } from '../../storage/contact-record';
import type { PackLanguage } from '../../i18n/pack-languages';
import { secondLanguage } from '../../i18n/second-language';
import { dialString } from '../../shared/stored-phone';
import {
  messageLanguageOf,
  messageOf,
  ownMessage,
  recipientsOf,
  savedValues,
  textToSend,
  type SendChoices,
} from './compose';
import type { Placeholder } from './placeholders';
import { smsPlatform } from './platform';
import { smsLink } from './sms-link';
import type { AlertData } from './use-alert-data';
import { timeNow, wordsFor } from './words';

/** One person's message, ready to open: a text, or a call for a landline. */
export interface Outgoing {
  contactId: string;
  name: string;
  /** The number the message goes to, as stored. */
  number: string;
  language: MessageLanguage;
  /** The pack language set for them, when its pack is not on this phone: `language` is their second. */
  notOnPhone: PackLanguage | undefined;
  landline: boolean;
  text: string;
  missing: Placeholder[];
  /** `sms:` with the number and the text, or `tel:` for a landline. */
  href: string;
}

const NO_CHOICES: Omit<SendChoices, 'values'> = { noAccents: false };

/** Each chosen person's message, in order, as it would be sent now. */
export function outgoing(
  t: TFunction,
  situation: Situation,
  alert: Alert,
  data: AlertData,
  screenLanguage: string,
  choices: Omit<SendChoices, 'values'> & { place?: string } = NO_CHOICES,
): Outgoing[] {
  const platform = smsPlatform(navigator.userAgent);
  const saved = savedValues(data.contacts, data.alerts.sender.name);
  const second = secondLanguage();
  const planLanguage = messageLanguageOf(screenLanguage);
  return recipientsOf(alert, data.contacts, screenLanguage).flatMap((recipient) => {
    const { contact, landline } = recipient;
    const number = contact.phones[0];
    if (number === undefined) return [];
    const { language, words, notOnPhone } = wordsFor(
      t,
      situation,
      recipient.language,
      data.packWords,
      second,
      ownMessage(alert, recipient.language) !== '',
    );
    const message = messageOf(situation, alert, data.planMessage, language, words, planLanguage);
    const values = { ...saved, time: timeNow(language), place: choices.place };
    const { text, missing } = textToSend(situation, message, words, { ...choices, values });
    const href = landline ? `tel:${dialString(number)}` : smsLink(platform, number, text);
    return [
      {
        contactId: contact.id,
        name: contact.name,
        number,
        language,
        notOnPhone,
        landline,
        text,
        missing,
        href,
      },
    ];
  });
}

/** The first person a situation goes to by text, or `undefined` when nobody is set up to get one. */
export function firstToSend(
  t: TFunction,
  situation: Situation,
  alert: Alert,
  data: AlertData,
  screenLanguage: string,
): Outgoing | undefined {
  return outgoing(t, situation, alert, data, screenLanguage).find((person) => !person.landline);
}

/**
 * The one text a group message can carry: everyone's, when every person texted gets the same words;
 * `undefined` when they differ (another language, the plan's message for some): one text for all would
 * send some of them a message in a language not theirs.
 */
export function oneTextForAll(people: readonly Outgoing[]): string | undefined {
  const texts = new Set(people.map((person) => person.text));
  return texts.size === 1 ? [...texts][0] : undefined;
}
