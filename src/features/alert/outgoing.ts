import type { TFunction } from 'i18next';
import type { Alert, Situation } from '../../storage/alert-record';
import type { MessageLanguage } from '../../storage/contact-record';
import { dialString } from '../../shared/stored-phone';
import { messageOf, recipientsOf, savedValues, textToSend, type SendChoices } from './compose';
import type { Placeholder } from './placeholders';
import { smsPlatform } from './platform';
import { smsLink } from './sms-link';
import type { AlertData } from './use-alert-data';
import { appWords, timeNow } from './words';

/** One person's message, ready to open: a text, or a call for a landline. */
export interface Outgoing {
  contactId: string;
  name: string;
  /** The number the message goes to, as stored. */
  number: string;
  language: MessageLanguage;
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
  return recipientsOf(alert, data.contacts, screenLanguage).flatMap(({ contact, language, landline }) => {
    const number = contact.phones[0];
    if (number === undefined) return [];
    const words = appWords(t, situation, language);
    const message = messageOf(situation, alert, data.planMessage, language, words);
    const values = { ...saved, time: timeNow(language), place: choices.place };
    const { text, missing } = textToSend(situation, message, words, { ...choices, values });
    const href = landline ? `tel:${dialString(number)}` : smsLink(platform, number, text);
    return [{ contactId: contact.id, name: contact.name, number, language, landline, text, missing, href }];
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
