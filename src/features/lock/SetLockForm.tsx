import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { setLock } from '../../storage/lock-store';
import { chooseOpenNumbers } from '../../storage/open-numbers';
import { lockChanged } from './lock-status';
import { NewPassphrase, type NewPassphraseState } from './NewPassphrase';
import { OpenNumbersQuestion } from './OpenNumbersChoice';
import { FormEnd, ShowTyped } from './PassphraseField';
import { afterPaint, asCompared } from './lock-form';
import './strings';

type Errors = Partial<Record<'next' | 'again' | 'understand', string | undefined>>;

/**
 * Setting the lock: honest guidance (a PIN falls to a copy of the phone, random words do not), words
 * chosen for the person on request, the passphrase typed twice, and a box that says, in the person's
 * words, that a forgotten passphrase means the data is gone; and the one question whether a few emergency
 * numbers stay usable while locked (off unless the person says yes). `onDone` once the records are sealed.
 */
export function SetLockForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<NewPassphraseState>({ next: '', again: '', shown: false });
  const { next, again, shown } = typed;
  const [understood, setUnderstood] = useState(false);
  const [openNumbers, setOpenNumbers] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);

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
    // A new lock starts with the list closed; if writing it fails, Settings → Privacy shows "no", as it is.
    if (result.ok && openNumbers) await chooseOpenNumbers(true);
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
      <NewPassphrase id="lock" state={typed} onChange={setTyped} errors={errors} />
      <ShowTyped
        id="lock-show"
        label={t('lock.privacy.show')}
        shown={shown}
        onChange={(show) => setTyped({ ...typed, shown: show })}
      />
      <OpenNumbersQuestion id="lock-open" open={openNumbers} onChange={setOpenNumbers} />
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
      <FormEnd
        problem={problem}
        submit={t('lock.privacy.submit')}
        onCancel={onCancel}
        working={t('lock.privacy.working')}
        progress={progress}
      />
    </form>
  );
}
