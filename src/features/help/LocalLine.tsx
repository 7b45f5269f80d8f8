import { useEffect, useState } from 'preact/hooks';
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

  useEffect(() => {
    void loadSetting('rapidResponseNumber').then((result) => {
      if (result.ok && result.value) setSaved(result.value);
      else setEditing(true);
    });
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const number = toDialable(draft);
    if (!number) return setProblem('invalid');
    const result = await saveSetting('rapidResponseNumber', number);
    if (!result.ok) return setProblem('saveFailed'); // what was typed stays in the box
    setSaved(number);
    setProblem(undefined);
    setEditing(false);
  };

  if (saved && !editing) {
    return (
      <div class="local-line">
        <a class="button call" href={`tel:${saved}`}>
          {t('help.local.call', { number: saved })}
        </a>
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            setDraft(saved);
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
        type="tel"
        inputMode="tel"
        autoComplete="tel"
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
