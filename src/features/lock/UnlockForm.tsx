import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { unlock } from '../../storage/lock-store';
import { lockChanged } from './lock-status';
import { PassphraseField, ShowTyped, Working } from './PassphraseField';
import { afterPaint, refusedText } from './lock-form';
import './strings';

/**
 * The one unlock form, shown in place of anything personal while the lock is set and this page holds
 * no key. Opening it tells every screen on the page (`lockChanged`), which then shows its data.
 * `numbers`: in place of the help screen's saved numbers (the rest of that screen is open to all).
 */
export function UnlockForm({ numbers = false }: { numbers?: boolean }) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  const refuse = (message: string) => {
    setError(message);
    requestAnimationFrame(() => field.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (progress !== undefined) return;
    if (!passphrase.trim()) return refuse(t('lock.unlock.empty'));
    setError(undefined);
    setProgress(0);
    await afterPaint();
    const result = await unlock(passphrase, setProgress);
    setProgress(undefined);
    if (!result.ok) {
      lockChanged(); // e.g. the lock was removed in another tab: the screens read it again
      return refuse(t('lock.unlock.failed'));
    }
    if (result.value.outcome !== 'open') return refuse(refusedText(t, result.value));
    setPassphrase('');
    lockChanged();
  };

  return (
    <form class="unlock-form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{numbers ? t('lock.unlock.whatNumbers') : t('lock.unlock.what')}</p>
      <PassphraseField
        id="unlock-passphrase"
        label={t('lock.unlock.passphrase')}
        value={passphrase}
        onInput={setPassphrase}
        shown={shown}
        error={error}
        inputRef={field}
      />
      <ShowTyped id="unlock-show" label={t('lock.unlock.show')} shown={shown} onChange={setShown} />
      <p class="form-actions">
        <button type="submit" class="button" disabled={progress !== undefined}>
          {t('lock.unlock.submit')}
        </button>
      </p>
      <Working label={t('lock.unlock.working')} progress={progress} />
      {!numbers && (
        <p>
          {t('lock.unlock.rights')}{' '}
          <a class="link-target" href="/">
            {t('lock.unlock.rightsLink')}
          </a>
        </p>
      )}
    </form>
  );
}
