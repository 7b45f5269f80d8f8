import { useEffect, useState } from 'preact/hooks';
import { SITUATIONS, type Situation } from '../../storage/alert-record';
import { recipientsOpenWhileLocked } from '../../storage/alert-store';
import type { StoredContact } from '../../storage/contact-record';
import { dialString } from '../../shared/stored-phone';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { UnlockForm } from '../lock/public';
import { lawyerNumber, messageLanguageOf, textToSend, withoutNameSentence } from './compose';
import { OneByOne } from './OneByOne';
import { Calls } from './SendOthers';
import { smsPlatform } from './platform';
import { smsLink } from './sms-link';
import { appWords, timeNow } from './words';

type OpenContact = Pick<StoredContact, 'id' | 'name' | 'phones' | 'role' | 'landline'>;

/**
 * The alert while locked. The person's own messages, their name and each contact's message language are
 * sealed; what the lock's "emergency numbers usable while locked" list lets through
 * (`recipientsOpenWhileLocked`: names, numbers, roles, landlines) can still be texted the app's ready-made
 * message, in the screen's language, with the time and the lawyer's number filled in and the rest left
 * out, one person per tap with "Next" as unlocked (a landline called); the lawyer and the local line
 * one tap each.
 * Without that list, or with no one on it: the unlock form and one plain line.
 */
export function LockedAlert({ situation }: { situation?: Situation }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState<OpenContact[]>([]);
  useEffect(() => {
    void recipientsOpenWhileLocked().then((result) => setOpen(result.ok ? result.value : []));
  }, []);
  const title = situation ? t(`alert.situations.${situation}`) : t('alert.title');
  return (
    <Screen title={title}>
      <p>{t('alert.locked')}</p>
      {open.length > 0 && !situation && (
        <ul class="call-now-list">
          {SITUATIONS.map((each) => (
            <li key={each}>
              <a class="button" href={`/alert/${each}`}>
                {t(`alert.situations.${each}`)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && situation && <LockedSend situation={situation} open={open} language={language} />}
      <UnlockForm />
    </Screen>
  );
}

function LockedSend({
  situation,
  open,
  language,
}: {
  situation: Situation;
  open: readonly OpenContact[];
  language: string;
}) {
  const { t } = useI18n();
  const messageLanguage = messageLanguageOf(language);
  const words = appWords(t, situation, messageLanguage);
  // Without the sealed name, the ready-made message's first sentence ("[my name] here.") says nothing.
  const message = withoutNameSentence(words.readyMade, messageLanguage);
  const lawyer = open.find((contact) => contact.role === 'lawyer');
  const { text } = textToSend(situation, message, words, {
    values: { time: timeNow(messageLanguage), lawyer: lawyerNumber(lawyer?.phones[0]) },
    noAccents: false,
  });
  const platform = smsPlatform(navigator.userAgent);
  // The open list keeps which numbers are landlines: those get a call, as unlocked.
  const people = open.map(({ id, name, phones, landline = false }) => ({
    id,
    name,
    landline,
    href: landline ? `tel:${dialString(phones[0] ?? '')}` : smsLink(platform, phones[0] ?? '', text),
  }));
  return (
    <>
      <OneByOne situation={situation} people={people}>
        <p>{t('alert.lockedReady')}</p>
        <p>
          <bdi>{text}</bdi>
        </p>
      </OneByOne>
      <Calls lawyer={lawyer} localLine={open.find((contact) => contact.role === 'rapid-response')} />
    </>
  );
}
