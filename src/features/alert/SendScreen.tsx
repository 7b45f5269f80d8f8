import { useEffect, useState } from 'preact/hooks';
import { isSituation, NEW_ALERT, type Situation } from '../../storage/alert-record';
import { useI18n } from '../../i18n/i18n-context';
import { LANGUAGE_NAMES, type Language } from '../../i18n/languages';
import { PACK_LANGUAGES } from '../../i18n/pack-languages';
import { isolatedIn } from '../../ui/isolated';
import { Screen } from '../../ui/Screen';
import { NotFoundScreen } from '../../ui/NotFoundScreen';
import { typedText } from '../../ui/typed-text';
import { OpeningScreen, useLockStatus } from '../lock/public';
import { callsOf } from './compose';
import { LockedAlert } from './LockedAlert';
import { outgoing, type Outgoing } from './outgoing';
import { findPosition } from './position';
import { smsSize } from './segments';
import { OneByOne } from './OneByOne';
import { Calls, Group, ShareButton } from './SendOthers';
import { useAlertData } from './use-alert-data';

/** `/alert/:situation`: a "Next" button, the message, one tap per person, and who it was opened for. */
export function SendScreen({ situation }: { situation: string }) {
  const lock = useLockStatus();
  if (!isSituation(situation)) return <NotFoundScreen />;
  if (lock === undefined) return <OpeningScreen />;
  if (lock === 'locked') return <LockedAlert situation={situation} />;
  return <Send situation={situation} />;
}

type Where = 'off' | 'finding' | 'found' | 'notFound';

function Send({ situation }: { situation: Situation }) {
  const { t, language } = useI18n();
  const { data, failed } = useAlertData();
  const [noAccents, setNoAccents] = useState(false);
  const [group, setGroup] = useState(false);
  const [where, setWhere] = useState<Where>('off');
  const [place, setPlace] = useState('');
  const [position, setPosition] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (where !== 'finding') return;
    let current = true;
    void findPosition().then((found) => {
      if (!current) return;
      setPosition(found);
      setWhere(found ? 'found' : 'notFound');
    });
    return () => {
      current = false;
    };
  }, [where]);

  if (failed)
    return (
      <Screen title={t(`alert.situations.${situation}`)}>
        <p class="notice" role="alert">
          {t('alert.loadFailed')}
        </p>
      </Screen>
    );
  if (!data) return null;
  const saved = data.alerts.alerts.get(situation);
  const alert = saved ?? NEW_ALERT;
  const withPlace = where === 'off' ? {} : { place, position };
  const people = outgoing(t, situation, alert, data, language, { noAccents, ...withPlace });
  const shown = people.find((person) => person.language === language) ?? people[0];
  const texts = people.filter((person) => !person.landline);

  return (
    <Screen title={t(`alert.situations.${situation}`)}>
      {saved?.fromFile && <p class="from-file">{t('alert.fromFile')}</p>}
      <NotOnPhone people={people} />
      {people.length === 0 && (
        <p>
          {t('alert.send.nobody')}{' '}
          <a class="link-target" href={`/alert/${situation}/setup`}>
            {t('alert.setUpLink')}
          </a>
        </p>
      )}
      <OneByOne
        situation={situation}
        people={people.map(({ contactId, name, landline, href }) => ({
          id: contactId,
          name,
          landline,
          href,
        }))}
      >
        {shown && <Message person={shown} noAccents={noAccents} onNoAccents={setNoAccents} />}
      </OneByOne>
      {shown && <ShareButton text={shown.text} />}
      <div class="field checkbox">
        <input
          id="alert-where"
          type="checkbox"
          checked={where !== 'off'}
          onChange={(event) => setWhere(event.currentTarget.checked ? 'finding' : 'off')}
        />
        <label for="alert-where">{t('alert.send.where')}</label>
      </div>
      <p class="hint">{t('alert.send.whereWarning')}</p>
      {where !== 'off' && (
        <>
          <div class="field">
            <label for="alert-place">{t('alert.send.whereWords')}</label>
            <input
              id="alert-place"
              type="text"
              autoComplete="off"
              value={place}
              onInput={(event) => setPlace(typedText(event.currentTarget))}
            />
          </div>
          <p role="status">{t(`alert.send.${where}`)}</p>
        </>
      )}
      {texts.length > 1 && <Group people={texts} group={group} onGroup={setGroup} />}
      <Calls {...callsOf(data.contacts)} />
      <p>
        <a class="link-target" href={`/alert/${situation}/setup`}>
          {t('alert.setUpLink')}
        </a>
      </p>
    </Screen>
  );
}

/** The message as it goes out, its length in text messages, and the offer to drop accents. */
function Message({
  person,
  noAccents,
  onNoAccents,
}: {
  person: Outgoing;
  noAccents: boolean;
  onNoAccents: (value: boolean) => void;
}) {
  const { t } = useI18n();
  const size = smsSize(person.text);
  return (
    <section aria-labelledby="alert-message">
      <h2 id="alert-message">{t('alert.send.message')}</h2>
      <p class="contact-notes" lang={person.language}>
        {/* Its own direction: an Arabic message on an English screen, or the other way round. */}
        <bdi dir="auto">{person.text}</bdi>
      </p>
      <p class="hint">{t('alert.send.segments', { count: size.segments })}</p>
      {person.missing.length > 0 && (
        <p class="hint">
          {t('alert.send.left', {
            list: person.missing.map((id) => t(`alert.placeholders.${id}`)).join(', '),
          })}
        </p>
      )}
      {(size.encoding === 'ucs-2' || noAccents) && (
        <div class="field checkbox">
          <input
            id="alert-no-accents"
            type="checkbox"
            checked={noAccents}
            onChange={(event) => onNoAccents(event.currentTarget.checked)}
          />
          <label for="alert-no-accents">{t('alert.send.noAccents')}</label>
        </div>
      )}
    </section>
  );
}

/** One line per pack language whose pack was removed: the messages set to it go in a second language. */
function NotOnPhone({ people }: { people: Outgoing[] }) {
  const { t } = useI18n();
  const missing = new Map(
    people.flatMap((person) => (person.notOnPhone ? [[person.notOnPhone, person]] : [])),
  );
  return [...missing].map(([language, person]) => (
    <p key={language} class="notice">
      {isolatedIn(
        (name) =>
          t('alert.send.notOnPhone', {
            language: name,
            fallback: LANGUAGE_NAMES[person.language as Language],
          }),
        PACK_LANGUAGES[language].name,
      )}
    </p>
  ));
}
