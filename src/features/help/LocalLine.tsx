import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { addContact, updateContact, type SavedContact } from '../../storage/contacts-store';
import { askedCountryOf, checkPhone, formatPhone, needsCountry, type AskedCountry } from '../../shared/phone';
import { withExtension } from '../../shared/stored-phone';
import { CountryQuestion } from '../../ui/CountryQuestion';
import { PhoneCountry } from '../../ui/PhoneCountry';
import { typedText } from '../../ui/typed-text';
import { isolatedIn } from '../../ui/isolated';

type Problem = 'invalid' | 'which-country' | 'saveFailed' | 'reload' | undefined;

interface Props {
  /**
   * The local line: the first rapid-response contact, the one place it is kept. Its call button is at
   * the top of the screen; a number saved here is its first number.
   */
  line: SavedContact | undefined;
  /** Every contact: a new line goes after them in calling order. */
  contacts: SavedContact[];
  /** Called once a new number is on disk, to read it again. */
  onSaved: () => void;
}

const firstCountry = () => document.querySelector<HTMLInputElement>('.local-line .country-question input');

/**
 * The person's own local rapid-response number: typed once and saved as a rapid-response contact (the
 * one place the line is kept: the emergency bar and the wallet card read it there), or changed.
 */
export function LocalLine({ line, contacts, onSaved }: Props) {
  const { t } = useI18n();
  const saved = line?.phones[0];
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [country, setCountry] = useState<AskedCountry | undefined>(undefined);
  const [problem, setProblem] = useState<Problem>(undefined);
  const [justSaved, setJustSaved] = useState(false);
  const showForm = editing || !saved;
  // Saving and changing swap the form and the saved number: keep keyboard focus on what replaced them.
  const focusAfterSwap = useRef<HTMLInputElement & HTMLButtonElement>(null);
  const swapped = useRef(false);
  useEffect(() => {
    if (swapped.current) focusAfterSwap.current?.focus();
  }, [showForm]);

  const save = async (event: Event) => {
    event.preventDefault();
    // The same rule as a contact's number: saved in international form, refused if it cannot be dialled.
    const checked = checkPhone(draft, country);
    if (!checked.ok) {
      setProblem(checked.problem === 'which-country' ? 'which-country' : 'invalid');
      // Unanswered, the question is what to fix: take the person to it.
      if (checked.problem === 'which-country') requestAnimationFrame(() => firstCountry()?.focus());
      return;
    }
    const number = withExtension(checked.e164, checked.extension);
    // A line already saved keeps its name, its place and its other numbers; saved here, it is confirmed
    // (a backup file's mark goes). A new one is named in the person's language; they can rename it.
    const result = line
      ? await updateContact({
          ...line,
          phones: [number, ...line.phones.slice(1).filter((p) => p !== number)],
        })
      : await addContact(
          {
            name: t('help.local.contactName'),
            phones: [number],
            role: 'rapid-response',
            languages: '',
            notes: '',
            mayPickUpChildren: false,
          },
          contacts,
        );
    // What was typed stays in the box. A newer version of the app, "Delete all", or a change to this
    // contact in another tab changed what is stored: only a reload can show it.
    if (!result.ok)
      return setProblem(
        result.problem === 'newer' || result.problem === 'reset' || result.problem === 'stale'
          ? 'reload'
          : 'saveFailed',
      );
    setProblem(undefined);
    swapped.current = true;
    setEditing(false);
    setJustSaved(true);
    onSaved();
  };

  if (saved && !showForm) {
    return (
      <div class="local-line">
        {justSaved && (
          <p class="saved-note" role="status">
            {t('help.local.saved')}
          </p>
        )}
        <p class="local-line-current">
          {isolatedIn((number) => t('help.local.current', { number }), formatPhone(saved), 'ltr')}{' '}
          <PhoneCountry phone={saved} />
        </p>
        {line?.fromFile && <p class="from-file">{t('help.local.fromFile')}</p>}
        <InContacts />
        <button
          type="button"
          class="button button-secondary"
          ref={focusAfterSwap}
          onClick={() => {
            setDraft(formatPhone(saved));
            setCountry(askedCountryOf(saved));
            setJustSaved(false);
            swapped.current = true;
            setEditing(true);
          }}
        >
          {t('help.local.edit')}
        </button>
      </div>
    );
  }

  return (
    <form class="local-line" onSubmit={(event) => void save(event)} noValidate>
      <label for="local-line-number">{t('help.local.label')}</label>
      <input
        id="local-line-number"
        ref={focusAfterSwap}
        type="tel"
        inputMode="tel"
        dir="ltr"
        autoComplete="off"
        value={draft}
        maxLength={40}
        aria-invalid={problem === 'invalid'}
        aria-describedby={problem && problem !== 'which-country' ? 'local-line-problem' : undefined}
        onInput={(event) => setDraft(typedText(event.currentTarget))}
      />
      {needsCountry(draft) && (
        <CountryQuestion
          id="local-line-number"
          value={country}
          onChange={(answer) => {
            setCountry(answer);
            if (problem === 'which-country') setProblem(undefined);
          }}
          errorId={problem === 'which-country' ? 'local-line-problem' : undefined}
        />
      )}
      {problem && (
        <p id="local-line-problem" class="field-error" role="alert">
          {t(`help.local.${problem}`)}
        </p>
      )}
      <button type="submit" class="button">
        {t('help.local.save')}
      </button>
      <InContacts />
    </form>
  );
}

/** Where the line is kept: one of the emergency contacts, where it can be renamed or moved. */
function InContacts() {
  const { t } = useI18n();
  return (
    <p class="muted">
      {t('help.local.inContacts')} <a href="/contacts">{t('help.local.contactsLink')}</a>
    </p>
  );
}
