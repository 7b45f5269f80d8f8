import { useState } from 'preact/hooks';
import { saveAlert, saveSender } from '../../storage/alert-store';
import {
  BUILT_IN_LANGUAGES,
  isSituation,
  NEW_ALERT,
  PLAN_MESSAGE_SITUATIONS,
  type Alert,
  type Situation,
} from '../../storage/alert-record';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../../storage/contact-record';
import { useI18n } from '../../i18n/i18n-context';
import { NotFoundScreen } from '../../ui/NotFoundScreen';
import { Screen } from '../../ui/Screen';
import { typedText } from '../../ui/typed-text';
import { lockedScreen } from '../lock/public';
import { languagesToWrite, messageLanguageOf } from './compose';
import { MessageField } from './MessageField';
import { useAlertData, type AlertData } from './use-alert-data';
import { readyMadeIn } from './words';

/** `/alert/:situation/setup`: three steps on one screen: the name, the message, who gets it. */
export const SetupScreen = lockedScreen(function SetupScreen({ situation }: { situation: string }) {
  const { data, failed } = useAlertData();
  const { t } = useI18n();
  if (!isSituation(situation)) return <NotFoundScreen />;
  const title = t(`alert.setup.titles.${situation}`);
  if (failed)
    return (
      <Screen title={title}>
        <p class="notice" role="alert">
          {t('alert.loadFailed')}
        </p>
      </Screen>
    );
  if (!data) return null;
  // Keyed by situation: another situation's set-up starts from its own saved copy.
  return <SetupForm key={situation} situation={situation} data={data} title={title} />;
});

type Said = 'saved' | 'failed' | 'stale' | undefined;

function SetupForm({ situation, data, title }: { situation: Situation; data: AlertData; title: string }) {
  const { t, language: screenLanguage } = useI18n();
  const saved = data.alerts.alerts.get(situation);
  const readyMade = (language: MessageLanguage) => readyMadeIn(t, situation, language, data.packWords);
  // A message not written yet starts as the ready-made one, for the person to change: English and Spanish
  // here; a pack language's stays absent until typed in (see `textIn`), so its box shows only when needed.
  const [alert, setAlert] = useState<Alert>(() => {
    const start = saved ?? NEW_ALERT;
    const messages = { ...start.messages };
    for (const language of BUILT_IN_LANGUAGES) messages[language] ||= readyMade(language);
    return { ...start, messages };
  });
  const [name, setName] = useState(data.alerts.sender.name);
  const [said, setSaid] = useState<Said>(undefined);
  const offerPlan = PLAN_MESSAGE_SITUATIONS.includes(situation) && data.planMessage.trim() !== '';
  const fromPlan = offerPlan && alert.usePlanMessage;

  const change = (next: Partial<Alert>) => {
    setAlert({ ...alert, ...next });
    setSaid(undefined);
  };
  const textIn = (language: MessageLanguage) => alert.messages[language] ?? readyMade(language);
  const setMessage = (language: MessageLanguage, text: string) =>
    change({ messages: { ...alert.messages, [language]: text } });
  const toggle = (id: string, on: boolean) =>
    change({
      recipients: on ? [...alert.recipients, id] : alert.recipients.filter((chosen) => chosen !== id),
    });

  const save = async (event: Event) => {
    event.preventDefault();
    // A message left as the ready-made one is stored as '' (the app's words): it follows their updates.
    // A pack language's is left out then (a record with no pack message reads as before).
    const kept = (language: MessageLanguage) => {
      const text = alert.messages[language] ?? '';
      return text.trim() === readyMade(language) ? '' : text;
    };
    const messages: Alert['messages'] = { en: kept('en'), es: kept('es') };
    for (const language of MESSAGE_LANGUAGES)
      if (!(language in messages) && kept(language).trim() !== '') messages[language] = kept(language);
    const known = new Set(data.contacts.map((contact) => contact.id));
    const recipients = alert.recipients.filter((id) => known.has(id));
    if (name.trim() !== data.alerts.sender.name) {
      const named = await saveSender({ name }, data.alerts.sender.rev);
      if (!named.ok) return setSaid(named.problem === 'stale' ? 'stale' : 'failed');
    }
    const stored = await saveAlert(situation, { ...alert, messages, recipients }, saved?.rev);
    setSaid(stored.ok ? 'saved' : stored.problem === 'stale' ? 'stale' : 'failed');
  };

  return (
    <Screen title={title}>
      <p>{t('alert.setup.steps')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <div class="field">
          <label for="alert-name">{t('alert.setup.name')}</label>
          <input
            id="alert-name"
            type="text"
            autoComplete="off"
            maxLength={100}
            value={name}
            aria-describedby="alert-name-hint"
            onInput={(event) => {
              setName(typedText(event.currentTarget));
              setSaid(undefined);
            }}
          />
          <p id="alert-name-hint" class="hint">
            {t('alert.setup.nameHint')}
          </p>
        </div>

        {offerPlan && (
          <>
            <div class="field checkbox">
              <input
                id="alert-use-plan"
                type="checkbox"
                checked={alert.usePlanMessage}
                onChange={(event) => change({ usePlanMessage: event.currentTarget.checked })}
              />
              <label for="alert-use-plan">{t('alert.setup.plan')}</label>
            </div>
            {fromPlan && (
              <>
                <p class="contact-notes">
                  <bdi>{data.planMessage}</bdi>
                </p>
                <p class="hint">{t('alert.setup.planHint')}</p>
                <p>
                  <a class="link-target" href="/plan/my-raid-plan">
                    {t('alert.setup.planLink')}
                  </a>
                </p>
              </>
            )}
          </>
        )}

        {/* The plan's message goes in the screen's language only: the others' boxes stay. */}
        {languagesToWrite(alert, data.contacts, screenLanguage, (language) => data.packWords.has(language))
          .filter((language) => !fromPlan || language !== messageLanguageOf(screenLanguage))
          .map((language) => (
            <MessageField
              key={language}
              language={language}
              text={textIn(language)}
              readyMade={readyMade(language)}
              onText={(text) => setMessage(language, text)}
            />
          ))}

        <fieldset class="field">
          <legend>{t('alert.setup.who')}</legend>
          <p class="hint">{t('alert.setup.whoHint')}</p>
          {data.contacts.length === 0 && (
            <p>
              {t('alert.setup.noContacts')}{' '}
              <a class="link-target" href="/contacts">
                {t('alert.setup.contactsLink')}
              </a>
            </p>
          )}
          {data.contacts.map((contact) => (
            <div class="field checkbox" key={contact.id}>
              <input
                id={`alert-to-${contact.id}`}
                type="checkbox"
                checked={alert.recipients.includes(contact.id)}
                onChange={(event) => toggle(contact.id, event.currentTarget.checked)}
              />
              <label for={`alert-to-${contact.id}`}>
                <bdi>{contact.name}</bdi>
                {contact.landline && ` (${t('alert.send.landline')})`}
              </label>
            </div>
          ))}
        </fieldset>

        <div class="form-actions">
          <button type="submit" class="button">
            {t('alert.setup.save')}
          </button>
          <a class="button button-secondary" href="/alert">
            {t('alert.setup.back')}
          </a>
        </div>
        <p role="status">{said && t(`alert.setup.${said}`)}</p>
      </form>
    </Screen>
  );
}
