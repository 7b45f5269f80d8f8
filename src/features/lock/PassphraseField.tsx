import type { ComponentChildren, Ref } from 'preact';
import { useI18n } from '../../i18n/i18n-context';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown as typed, or hidden as dots ("Show what I type"). */
  shown: boolean;
  error?: string | undefined;
  /** Help under the label, read with the field. */
  hint?: ComponentChildren;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

/**
 * One passphrase box (every one of the app: the lock's, the decoy's, a backup file's), its label, and its
 * error beside it. Kept out of the browser's password manager as far as a page can: a saved passphrase
 * fills itself in for whoever holds the phone, and a synced one leaves it. `autocomplete="one-time-code"`,
 * because Chromium 156 offered "Save password?" after the unlock with `off`, `new-password` and
 * `current-password` alike, and not with this (measured: src/features/lock/README.md, "Kept out of
 * password managers"). Still `type="password"`: a keyboard learns no word of it, a screen reader reads
 * no letter. No `name`, no username beside it. No keyboard correction: a corrected word would not unlock.
 */
export function PassphraseField({ id, label, value, onInput, shown, error, hint, inputRef }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const box = {
    ref: inputRef ?? null,
    id,
    class: 'passphrase',
    value,
    autocomplete: 'one-time-code',
    autocapitalize: 'none',
    autocorrect: 'off',
    spellcheck: false,
    'aria-invalid': Boolean(error),
    'aria-describedby': described || undefined,
    onInput: (event: { currentTarget: HTMLInputElement }) => onInput(event.currentTarget.value),
  } as const;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <div id={`${id}-hint`} class="hint">
          {hint}
        </div>
      )}
      {/* Two branches of one box (Preact's types take one literal `type` each); the same element either way. */}
      {shown ? <input type="text" {...box} /> : <input type="password" {...box} />}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** "Show what I type": shows every passphrase box of its form. */
export function ShowTyped({
  id,
  label,
  shown,
  onChange,
}: {
  id: string;
  label: string;
  shown: boolean;
  onChange: (shown: boolean) => void;
}) {
  return (
    <div class="field checkbox">
      <input
        id={id}
        type="checkbox"
        checked={shown}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/**
 * While a key is derived and records sealed: the line that says so, in a live region the form keeps
 * on screen (so the change is announced), and a progress bar. The derivation cannot say how far it is
 * (storage reports 0 until it ends, most of the wait): until then the bar moves without a value, as a
 * browser draws work of unknown length, instead of standing still at 0.
 */
export function Working({ label, progress }: { label: string; progress: number | undefined }) {
  return (
    <div class="lock-working" role="status">
      {progress !== undefined && (
        <>
          <p>{label}</p>
          {progress > 0 ? (
            <progress key="known" class="data-progress" max={1} value={progress} aria-label={label} />
          ) : (
            <progress key="unknown" class="data-progress" aria-label={label} />
          )}
        </>
      )}
    </div>
  );
}

/**
 * A lock form's end: what went wrong (announced), its submit and cancel buttons, both held while it works,
 * and its progress.
 */
export function FormEnd({
  problem,
  submit,
  danger = false,
  onCancel,
  working,
  progress,
}: {
  problem: string | undefined;
  submit: string;
  /** Submitting removes something (the lock): the danger colour. */
  danger?: boolean;
  onCancel: () => void;
  /** What `Working` says while the form works. */
  working: string;
  progress: number | undefined;
}) {
  const { t } = useI18n();
  const busy = progress !== undefined;
  return (
    <>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <p class="form-actions">
        <button type="submit" class={danger ? 'button button-danger' : 'button'} disabled={busy}>
          {submit}
        </button>
        <button type="button" class="button button-secondary" disabled={busy} onClick={onCancel}>
          {t('lock.privacy.cancel')}
        </button>
      </p>
      <Working label={working} progress={progress} />
    </>
  );
}
