import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { saveSetting } from '../../storage/settings-store';
import {
  askedCountryOf,
  checkPhone,
  needsCountry,
  writtenLocalLine,
  type AskedCountry,
} from '../../shared/phone';
import { CountryQuestion } from '../../ui/CountryQuestion';
import { PhoneCountry } from '../../ui/PhoneCountry';
import { typedText } from '../../ui/typed-text';
import { isolatedIn } from '../../ui/isolated';

type Problem = 'invalid' | 'which-country' | 'saveFailed' | 'reload' | undefined;

interface Props {
  /** The number already saved, as dialable digits; its call button is at the top of the screen. */
  saved: string | undefined;
  /** The saved number came from a backup file: said until the person saves a number here. */
  fromFile: boolean;
  /** Called once a new number is on disk, to read it again. */
  onSaved: () => void;
}

const firstCountry = () => document.querySelector<HTMLInputElement>('.local-line .country-question input');

/** The person's own local rapid-response number: typed once and kept on this phone, or changed. */
export function LocalLine({ saved, fromFile, onSaved }: Props) {
  const { t } = useI18n();
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
    // A hotline has no extension, and the setting holds the number alone: refused, never cut off.
    if (checked.ok && checked.extension) return setProblem('invalid');
    if (!checked.ok) {
      setProblem(checked.problem === 'which-country' ? 'which-country' : 'invalid');
      // Unanswered, the question is what to fix: take the person to it.
      if (checked.problem === 'which-country') requestAnimationFrame(() => firstCountry()?.focus());
      return;
    }
    const result = await saveSetting('rapidResponseNumber', checked.e164);
    // What was typed stays in the box. A newer version of the app, or "Delete all" in another tab,
    // changed what is stored: only a reload can show it.
    if (!result.ok)
      return setProblem(result.problem === 'newer' || result.problem === 'reset' ? 'reload' : 'saveFailed');
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
          {isolatedIn((number) => t('help.local.current', { number }), writtenLocalLine(saved), 'ltr')}{' '}
          <PhoneCountry phone={saved} />
        </p>
        {fromFile && <p class="from-file">{t('help.local.fromFile')}</p>}
        <button
          type="button"
          class="button button-secondary"
          ref={focusAfterSwap}
          onClick={() => {
            setDraft(saved);
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
    </form>
  );
}
