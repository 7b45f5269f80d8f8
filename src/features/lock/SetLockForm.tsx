import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { setLock } from '../../storage/lock-store';
import { lockChanged } from './lock-status';
import { PassphraseField, ShowTyped, Working } from './PassphraseField';
import { afterPaint, asCompared } from './lock-form';
import { loadWords, wordPassphrase } from './word-passphrase';
import './strings';

/** Below this many characters a passphrase is called easy to guess (a hint, not a refusal). */
const SHORT = 12;

type Errors = Partial<Record<'next' | 'again' | 'understand', string | undefined>>;

/**
 * Setting the lock: honest guidance (a PIN falls to a copy of the phone, random words do not), words
 * chosen for the person on request, the passphrase typed twice, and a box that says, in the person's
 * words, that a forgotten passphrase means the data is gone. `onDone` once the records are sealed.
 */
export function SetLockForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t, language } = useI18n();
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [note, setNote] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);

  const chooseWords = async () => {
    try {
      setNext(wordPassphrase(await loadWords(language)));
      setAgain('');
      setShown(true);
      setNote(t('lock.privacy.generated'));
    } catch {
      setNote(t('lock.privacy.generateFailed')); // its chunk could not be fetched
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (progress !== undefined) return;
    const found: Errors = {
      next: next.trim() ? undefined : t('lock.privacy.errors.empty'),
      again:
        next.trim() && asCompared(again) !== asCompared(next) ? t('lock.privacy.errors.mismatch') : undefined,
      understand: understood ? undefined : t('lock.privacy.errors.understand'),
    };
    setErrors(found);
    setProblem(undefined);
    if (Object.values(found).some(Boolean)) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProgress(0);
    await afterPaint();
    const result = await setLock(next, setProgress);
    setProgress(undefined);
    lockChanged();
    if (result.ok) return onDone();
    setProblem(t(result.problem === 'quota' ? 'lock.privacy.errors.quota' : 'lock.privacy.errors.failed'));
  };

  return (
    <form ref={form} class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('lock.privacy.strong')}</h3>
      <ul class="notes">
        <li>{t('lock.privacy.pin')}</li>
        <li>{t('lock.privacy.words')}</li>
        <li>
          <strong>{t('lock.privacy.forget')}</strong>
        </li>
        <li>
          {t('lock.privacy.backup')}{' '}
          <a class="link-target" href="/settings/data">
            {t('lock.privacy.backupLink')}
          </a>
        </li>
      </ul>
      <p>
        <button type="button" class="button button-secondary" onClick={() => void chooseWords()}>
          {t('lock.privacy.generate')}
        </button>
      </p>
      <p role="status">{note}</p>
      <PassphraseField
        id="lock-new"
        label={t('lock.privacy.new')}
        value={next}
        onInput={setNext}
        shown={shown}
        error={errors.next}
        hint={next.trim() && next.trim().length < SHORT ? t('lock.privacy.short') : undefined}
      />
      <PassphraseField
        id="lock-again"
        label={t('lock.privacy.again')}
        value={again}
        onInput={setAgain}
        shown={shown}
        error={errors.again}
      />
      <ShowTyped id="lock-show" label={t('lock.privacy.show')} shown={shown} onChange={setShown} />
      <div class="field checkbox">
        <input
          id="lock-understand"
          type="checkbox"
          checked={understood}
          aria-invalid={Boolean(errors.understand)}
          aria-describedby={errors.understand ? 'lock-understand-error' : undefined}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
        />
        <label for="lock-understand">{t('lock.privacy.understand')}</label>
      </div>
      {errors.understand && (
        <p id="lock-understand-error" class="field-error">
          {errors.understand}
        </p>
      )}
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="form-actions">
        <button type="submit" class="button" disabled={progress !== undefined}>
          {t('lock.privacy.submit')}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={progress !== undefined}
          onClick={onCancel}
        >
          {t('lock.privacy.cancel')}
        </button>
      </p>
      <Working label={t('lock.privacy.working')} progress={progress} />
    </form>
  );
}
