import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { changePassphrase, removeLock } from '../../storage/lock-store';
import { lockChanged } from './lock-status';
import { NewPassphrase, type NewPassphraseState } from './NewPassphrase';
import { FormEnd, PassphraseField, ShowTyped } from './PassphraseField';
import { afterPaint, asCompared, refusedText } from './lock-form';
import './strings';

type Errors = Partial<Record<'current' | 'next' | 'again', string | undefined>>;

/**
 * Changing the passphrase (`change`: the current one, then the new one twice) or removing the lock
 * (`remove`: the current one). Both work locked or unlocked: the current passphrase is asked either way.
 * `onDone` with what to say once it is done.
 */
export function ChangeLockForm({
  kind,
  onDone,
  onCancel,
}: {
  kind: 'change' | 'remove';
  onDone: (said: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [typed, setTyped] = useState<NewPassphraseState>({ next: '', again: '', shown: false });
  const { next, again, shown } = typed;
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const change = kind === 'change';

  const focusError = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: Event) => {
    event.preventDefault();
    if (progress !== undefined) return;
    const empty = t('lock.privacy.errors.empty');
    const found: Errors = {
      current: current.trim() ? undefined : empty,
      next: change && !next.trim() ? empty : undefined,
      again:
        change && next.trim() && asCompared(again) !== asCompared(next)
          ? t('lock.privacy.errors.mismatch')
          : undefined,
    };
    setErrors(found);
    setProblem(undefined);
    if (Object.values(found).some(Boolean)) return focusError();
    setProgress(0);
    await afterPaint();
    const result = change
      ? await changePassphrase(current, next, setProgress)
      : await removeLock(current, setProgress);
    setProgress(undefined);
    if (!result.ok) {
      lockChanged();
      return setProblem(
        t(result.problem === 'quota' ? 'lock.privacy.errors.quota' : 'lock.privacy.errors.failed'),
      );
    }
    const tried = result.value;
    if (tried.outcome === 'wrong' || tried.outcome === 'wait') {
      setErrors({ current: refusedText(t, tried) });
      return focusError();
    }
    lockChanged();
    onDone(change ? t('lock.privacy.changed') : t('lock.privacy.removed'));
  };

  return (
    <form ref={form} class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{change ? t('lock.privacy.change') : t('lock.privacy.remove')}</h3>
      {!change && <p>{t('lock.privacy.removeWhat')}</p>}
      <PassphraseField
        id={`lock-${kind}-current`}
        label={t('lock.privacy.current')}
        value={current}
        onInput={setCurrent}
        shown={shown}
        error={errors.current}
      />
      {change && <NewPassphrase id="lock-change" state={typed} onChange={setTyped} errors={errors} />}
      <ShowTyped
        id={`lock-${kind}-show`}
        label={t('lock.privacy.show')}
        shown={shown}
        onChange={(show) => setTyped({ ...typed, shown: show })}
      />
      <FormEnd
        problem={problem}
        submit={change ? t('lock.privacy.changeSubmit') : t('lock.privacy.removeSubmit')}
        danger={!change}
        onCancel={onCancel}
        working={change ? t('lock.privacy.changing') : t('lock.privacy.removing')}
        progress={progress}
      />
    </form>
  );
}
