import { useI18n } from '../../i18n/i18n-context';
import { NewPassphrase, ShowTyped, type NewPassphraseState } from '../lock/public';

export interface SealState {
  /** "Save encrypted". */
  on: boolean;
  typed: NewPassphraseState;
}

interface Props {
  /** The file's kind: the boxes' ids start with it. */
  kind: 'export' | 'caregiver' | 'media';
  /** Always encrypted (the media file with a lock set): no box to uncheck, the reason said instead. */
  required?: boolean;
  state: SealState;
  onChange: (state: SealState) => void;
  errors: { next?: string | undefined; again?: string | undefined };
  disabled: boolean;
}

/**
 * "Save encrypted", and what it means either way: a plain file can be read by anyone who gets it; an
 * encrypted one needs its passphrase, and is useless once the passphrase is forgotten. Checked, the
 * file's own passphrase (not the lock's, though it may be the same), typed twice, words on request.
 */
export function SealChoice({ kind, state, required = false, onChange, errors, disabled }: Props) {
  const { t } = useI18n();
  const id = `${kind}-seal`;
  return (
    <fieldset class="data-choice" disabled={disabled}>
      {required ? (
        <p>{t('backup.media.lockSet')}</p>
      ) : (
        <div class="field checkbox">
          <input
            id={id}
            type="checkbox"
            checked={state.on}
            aria-describedby={`${id}-what`}
            onChange={(event) => onChange({ ...state, on: event.currentTarget.checked })}
          />
          <label for={id}>{t('backup.seal.choice')}</label>
        </div>
      )}
      <p id={`${id}-what`} class={state.on ? 'hint' : 'data-warning'}>
        {t(state.on ? 'backup.seal.on' : 'backup.seal.off')}
        {state.on && kind === 'caregiver' && <> {t('backup.seal.shareApart')}</>}
      </p>
      {state.on && (
        <>
          <NewPassphrase
            id={id}
            state={state.typed}
            onChange={(typed) => onChange({ ...state, typed })}
            errors={errors}
          />
          <ShowTyped
            id={`${id}-show`}
            label={t('backup.seal.show')}
            shown={state.typed.shown}
            onChange={(shown) => onChange({ ...state, typed: { ...state.typed, shown } })}
          />
        </>
      )}
    </fieldset>
  );
}
