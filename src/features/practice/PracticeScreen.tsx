import { useRoute } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import type { Practice } from '../../storage/contact-record';
import { watchedContacts, type SavedContact } from '../../storage/contacts-store';
import { watchedPractice } from '../../storage/practice-store';
import { Screen } from '../../ui/Screen';
import { ContactsNotice } from './ContactsNotice';
import { Drill, scoreText } from './Drill';
import { useStored } from '../../ui/use-stored';
import { lockedScreen } from '../lock/public';

addScreenStrings(import.meta.glob('/locales/{en,es}/practice.json', { eager: true, import: 'default' }));

/**
 * `/contacts/practice`: the memorize drill. Pick a contact (or arrive with `?contact=<id>`), look at
 * the number, hide it, type it from memory, see what was wrong; each try is counted per contact.
 */
function PracticeScreen() {
  const { t } = useI18n();
  const { query } = useRoute();
  const { result: contacts } = useStored(watchedContacts);
  const { result: scores, reload: reloadScores } = useStored(watchedPractice);
  const [chosenId, setChosenId] = useState<string | undefined>(query.contact);
  // Focus follows the person's own moves between the list and the drill, never the first load.
  const [moved, setMoved] = useState(false);

  const practice = scores?.ok ? scores.value : new Map<string, Practice>();
  const chosen = contacts?.ok ? contacts.value.contacts.find((c) => c.id === chosenId) : undefined;
  const choose = (id: string | undefined) => {
    setMoved(true);
    setChosenId(id);
  };

  return (
    <Screen title={t('practice.title')}>
      <p class="lead">{t('practice.why')}</p>
      <ContactsNotice contacts={contacts} empty={t('practice.empty')} countUnreadable />
      {chosen ? (
        <Drill
          key={chosen.id}
          contact={chosen}
          practice={practice.get(chosen.id)}
          focusOnStart={moved}
          onRecorded={() => void reloadScores()}
          onAnother={() => choose(undefined)}
        />
      ) : (
        contacts?.ok &&
        contacts.value.contacts.length > 0 && (
          <Picker
            contacts={contacts.value.contacts}
            practice={practice}
            focusOnStart={moved}
            onPick={choose}
          />
        )
      )}
    </Screen>
  );
}

interface PickerProps {
  contacts: SavedContact[];
  practice: Map<string, Practice>;
  focusOnStart: boolean;
  onPick: (id: string) => void;
}

/** Every contact, with how well the person already knows the number. */
function Picker({ contacts, practice, focusOnStart, onPick }: PickerProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnStart) heading.current?.focus();
  }, [focusOnStart]);

  return (
    <section aria-labelledby="practice-pick">
      <h2 id="practice-pick" tabIndex={-1} ref={heading}>
        {t('practice.pick.title')}
      </h2>
      <ul class="pick-list">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <button type="button" class="pick" onClick={() => onPick(contact.id)}>
              <bdi class="pick-name">{contact.name}</bdi>{' '}
              <span class="pick-detail">
                {t(`practice.roles.${contact.role}`)} · {scoreText(t, practice.get(contact.id))}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(PracticeScreen);
