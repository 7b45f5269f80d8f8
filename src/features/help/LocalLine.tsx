import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { loadSetting, saveSetting } from '../../storage/settings-store';
import { toDialable } from './phone-number';

type Problem = 'invalid' | 'saveFailed' | undefined;

/** The person's own local rapid-response number: typed once, kept on this phone, one tap to call. */
export function LocalLine() {
  const { t } = useI18n();
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<Problem>(undefined);
  const [loading, setLoading] = useState(true);
  const [justSaved, setJustSaved] = useState(false);
  // Saving and changing swap the form and the call button: keep keyboard focus on what replaced them.
  const focusAfterSwap = useRef<HTMLInputElement & HTMLAnchorElement>(null);
  const swapped = useRef(false);
  useEffect(() => {
    if (swapped.current) focusAfterSwap.current?.focus();
  }, [editing]);

  useEffect(() => {
    let current = true;
    void loadSetting('rapidResponseNumber').then((result) => {
      if (!current) return;
      const number = result.ok && result.value ? toDialable(result.value) : undefined;
      if (number) setSaved(number);
      else setEditing(true);
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const number = toDialable(draft);
    if (!number) return setProblem('invalid');
    const result = await saveSetting('rapidResponseNumber', number);
    if (!result.ok) return setProblem('saveFailed'); // what was typed stays in the box
    setSaved(number);
    setProblem(undefined);
    swapped.current = true;
    setEditing(false);
    setJustSaved(true);
  };

  if (loading) return null;
  if (saved && !editing) {
    return (
      <div class="local-line">
        {justSaved && (
          <p class="saved-note" role="status">
            {t('help.local.saved')}
          </p>
        )}
        <a class="button call" href={`tel:${saved}`} ref={focusAfterSwap}>
          {t('help.local.call', { number: saved })}
        </a>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            setDraft(saved);
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
        aria-describedby={problem ? 'local-line-problem' : undefined}
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
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
