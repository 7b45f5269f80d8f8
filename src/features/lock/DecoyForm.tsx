import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { setDecoy } from '../../storage/lock-store';
import { NewPassphrase, type NewPassphraseState } from './NewPassphrase';
import { FormEnd, ShowTyped } from './PassphraseField';
import { afterPaint, asCompared } from './lock-form';
import './strings';

type Errors = Partial<Record<'next' | 'again', string | undefined>>;

/**
 * Setting the decoy passphrase (only while open with the main one): what it does and does not do, in
 * plain words, then the passphrase typed twice. It opens a profile of its own with no family data; it
 * does not hold against a copy of the phone; it deletes nothing.
 */
export function DecoyForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState<NewPassphraseState>({ next: '', again: '', shown: false });
  const { next, again, shown } = typed;
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);

  const refuse = (found: Errors) => {
    setErrors(found);
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (progress !== undefined) return;
    const found: Errors = {
      next: next.trim() ? undefined : t('lock.privacy.errors.empty'),
      again:
        next.trim() && asCompared(again) !== asCompared(next) ? t('lock.privacy.errors.mismatch') : undefined,
    };
    setProblem(undefined);
    if (Object.values(found).some(Boolean)) return refuse(found);
    setErrors({});
    setProgress(0);
    await afterPaint();
    const result = await setDecoy(next, setProgress);
    setProgress(undefined);
    if (result.ok) return onDone();
    // `invalid`: the main passphrase itself (it would open the main profile, never the decoy's).
    if (result.problem === 'invalid') return refuse({ next: t('lock.decoy.same') });
    setProblem(t(result.problem === 'quota' ? 'lock.privacy.errors.quota' : 'lock.privacy.errors.failed'));
  };

  return (
    <form ref={form} class="lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <NewPassphrase id="decoy" state={typed} onChange={setTyped} errors={errors} />
      <ShowTyped
        id="decoy-show"
        label={t('lock.privacy.show')}
        shown={shown}
        onChange={(show) => setTyped({ ...typed, shown: show })}
      />
      <FormEnd
        problem={problem}
        submit={t('lock.decoy.submit')}
        onCancel={onCancel}
        working={t('lock.decoy.working')}
        progress={progress}
      />
    </form>
  );
}
