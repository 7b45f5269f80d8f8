import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { isLanguage } from '../../i18n/languages';
import type { Backup, BackupProblem, BackupSummary } from '../../storage/backup/format';
import { importBackup, type ImportMode, type SettingsChoice } from '../../storage/backup/import';
import { previewImport, type ImportPreview } from '../../storage/backup/preview';
import type { SealedHeader } from '../../storage/backup/envelope';
import type { BackupCheck } from '../../storage/backup/read-file';
import { readBackupFileInWorker } from '../../storage/backup/read-in-worker';
import { fileKey } from '../../storage/backup/seal';
import type { StorageProblem } from '../../storage/result';
import { FilePicker } from './FilePicker';
import { PassphraseField, ShowTyped } from '../lock/public';
import { ImportChanges } from './ImportChanges';
import { SummaryList } from './SummaryList';
import { useFocusWhen } from './use-focus';

interface Checked {
  backup: Backup;
  summary: BackupSummary;
  /** What the file would replace and change on this phone. */
  preview: ImportPreview;
}

type State =
  | { step: 'idle' }
  | { step: 'checking'; slow: boolean }
  | { step: 'refused'; problem: BackupProblem }
  // An encrypted file: its passphrase is asked, then its key derived ('opening'); `wrong` after a miss.
  | { step: 'passphrase'; file: File; header: SealedHeader; error?: 'empty' | 'wrong' }
  | { step: 'opening'; file: File; header: SealedHeader }
  | ({ step: 'preview'; failed?: StorageProblem } & Checked)
  | ({ step: 'busy' } & Checked)
  | { step: 'done' };

/**
 * "Bring in a backup file": pick a file, see what it holds, choose merge or replace, confirm.
 * Nothing is written before the confirmation; a refused file changes nothing.
 */
export function ImportSection({ onImported }: { onImported: () => void }) {
  const { t, language, setLanguage } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [mode, setMode] = useState<ImportMode>('merge');
  // This phone's settings stay unless the person chooses the file's (it may come from someone else).
  const [settingsChoice, setSettingsChoice] = useState<SettingsChoice>('keep');
  const input = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  // Each new step's message or heading takes focus, so it is read out and the keyboard continues there.
  const focusTarget = useFocusWhen(state);
  const clearPicker = () => {
    if (input.current) input.current.value = '';
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'checking', slow: false });
    setPassphrase('');
    // In a Web Worker with a time limit: whatever the file holds, this screen keeps answering.
    await show(file, await readBackupFileInWorker(file, { onSlow }));
  };

  const onSlow = () => setState((now) => (now.step === 'checking' ? { step: 'checking', slow: true } : now));

  /** An encrypted file's passphrase: its key is derived (Argon2, in a worker), then the file checked with it. */
  const open = async (file: File, header: SealedHeader) => {
    if (!passphrase.trim()) return setState({ step: 'passphrase', file, header, error: 'empty' });
    setState({ step: 'opening', file, header });
    const key = await fileKey(passphrase, header);
    if (!key.ok) return refuse(key.problem === 'invalid' ? 'invalid' : 'unreadable');
    await show(file, await readBackupFileInWorker(file, { key: key.value }), header);
  };

  const refuse = (problem: BackupProblem) => {
    clearPicker(); // so the same file, once fixed, can be picked again
    setState({ step: 'refused', problem });
  };

  /** What the check answered: the passphrase asked (again, after a miss), a refusal, or the preview. */
  const show = async (file: File, checked: BackupCheck, header?: SealedHeader) => {
    if (!checked.ok && checked.problem === 'passphrase') {
      return setState({ step: 'passphrase', file, header: checked.header });
    }
    // A wrong passphrase or a changed byte: GCM cannot tell them apart, so the person may try again.
    if (!checked.ok && checked.problem === 'wrong-passphrase' && header) {
      return setState({ step: 'passphrase', file, header, error: 'wrong' });
    }
    if (!checked.ok) return refuse(checked.problem);
    const preview = await previewImport(checked.backup);
    // Without the comparison the person cannot see what would change: nothing is offered.
    if (!preview.ok) return refuse('unreadable');
    setPassphrase('');
    setMode('merge');
    setSettingsChoice('keep');
    setState({ step: 'preview', backup: checked.backup, summary: checked.summary, preview: preview.value });
  };

  const confirm = async (checked: Checked) => {
    setState({ step: 'busy', ...checked });
    const result = await importBackup(checked.backup, mode, settingsChoice);
    if (!result.ok) return setState({ step: 'preview', ...checked, failed: result.problem });
    clearPicker();
    setState({ step: 'done' });
    onImported();
    // When the person took the file's settings, its language applies now, not only at the next start.
    const fileLanguage = checked.backup.settings.language;
    if (settingsChoice === 'take' && isLanguage(fileLanguage) && fileLanguage !== language) {
      void setLanguage(fileLanguage);
    }
  };

  const busy = state.step === 'busy' || state.step === 'checking' || state.step === 'opening';
  // What a merge would replace on this phone, said beside that choice (nothing when it replaces nothing).
  const overlap = state.step === 'preview' || state.step === 'busy' ? state.preview.overlap : undefined;
  const replaces =
    overlap && (overlap.contacts > 0 || overlap.plan > 0)
      ? [
          overlap.contacts > 0 && t('backup.import.replacesContacts', { count: overlap.contacts }),
          overlap.plan > 0 && t('backup.import.replacesPlan', { count: overlap.plan }),
          t('backup.import.keepFirst'),
        ]
          .filter(Boolean)
          .join(' ')
      : undefined;

  return (
    <section aria-labelledby="data-import" aria-busy={busy}>
      <h2 id="data-import">{t('backup.import.title')}</h2>
      <p>{t('backup.import.intro')}</p>
      <FilePicker
        id="data-import-file"
        label={t('backup.import.label')}
        accept=".json,application/json"
        busy={busy}
        problem={
          state.step === 'refused'
            ? `${t(`backup.import.problem.${state.problem}`)} ${t('backup.import.nothingChanged')}`
            : undefined
        }
        inputRef={input}
        problemRef={focusTarget}
        onPick={(file) => void pick(file)}
      />
      {(state.step === 'passphrase' || state.step === 'opening') && (
        <form
          class="lock-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (state.step === 'passphrase') void open(state.file, state.header);
          }}
        >
          <p>{t('backup.import.sealed.intro')}</p>
          <fieldset class="data-choice" disabled={state.step === 'opening'}>
            <PassphraseField
              id="data-import-passphrase"
              label={t('backup.import.sealed.label')}
              value={passphrase}
              onInput={setPassphrase}
              shown={shown}
              error={
                state.step === 'passphrase' && state.error
                  ? t(
                      state.error === 'wrong'
                        ? 'backup.import.problem.wrong-passphrase'
                        : 'backup.import.sealed.empty',
                    )
                  : undefined
              }
              inputRef={state.step === 'passphrase' ? focusTarget : undefined}
            />
            <ShowTyped
              id="data-import-show"
              label={t('backup.seal.show')}
              shown={shown}
              onChange={setShown}
            />
            <p class="form-actions">
              <button type="submit" class="button">
                {t('backup.import.sealed.open')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                onClick={() => {
                  clearPicker();
                  setPassphrase('');
                  setState({ step: 'idle' });
                  input.current?.focus();
                }}
              >
                {t('backup.import.cancel')}
              </button>
            </p>
          </fieldset>
        </form>
      )}
      <div aria-live="polite">
        {state.step === 'opening' && (
          <p class="muted">
            {t('backup.import.sealed.opening')}
            <progress class="data-progress" />
          </p>
        )}
        {state.step === 'checking' && (
          <p class="muted">
            {t(state.slow ? 'backup.import.stillChecking' : 'backup.import.checking')}
            {state.slow && <progress class="data-progress" />}
          </p>
        )}
        {state.step === 'busy' && <p class="muted">{t('backup.import.busy')}</p>}
        {state.step === 'done' && (
          <p class="data-result" tabIndex={-1} ref={focusTarget}>
            {t('backup.import.done')}
          </p>
        )}
      </div>
      {(state.step === 'preview' || state.step === 'busy') && (
        <div class="data-preview">
          <h3 tabIndex={-1} ref={state.step === 'preview' && !state.failed ? focusTarget : null}>
            {t('backup.import.fileHolds')}
          </h3>
          <SummaryList summary={state.summary} withDate />
          <fieldset class="data-choice" disabled={state.step === 'busy'}>
            <legend>{t('backup.import.how')}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <div key={option} class="data-option">
                <input
                  type="radio"
                  id={`data-import-${option}`}
                  name="data-import-mode"
                  value={option}
                  checked={mode === option}
                  aria-describedby={
                    option === 'merge' && replaces
                      ? 'data-import-merge-hint data-import-merge-replaces'
                      : `data-import-${option}-hint`
                  }
                  onChange={() => setMode(option)}
                />
                <label for={`data-import-${option}`}>{t(`backup.import.${option}`)}</label>
                <p id={`data-import-${option}-hint`} class="muted">
                  {t(`backup.import.${option}Hint`)}
                </p>
                {option === 'merge' && replaces && (
                  <p id="data-import-merge-replaces" class="data-warning">
                    {replaces}
                  </p>
                )}
              </div>
            ))}
          </fieldset>
          <ImportChanges
            preview={state.preview}
            mode={mode}
            settingsChoice={settingsChoice}
            onSettingsChoice={setSettingsChoice}
            disabled={state.step === 'busy'}
          />
          {state.step === 'preview' && state.failed && (
            <p class="field-error" role="alert" tabIndex={-1} ref={focusTarget}>
              {t('backup.import.failed')} {t(`backup.storageProblem.${state.failed}`)}
            </p>
          )}
          <div class="data-actions">
            <button
              type="button"
              class="button"
              disabled={state.step === 'busy'}
              onClick={() =>
                void confirm({ backup: state.backup, summary: state.summary, preview: state.preview })
              }
            >
              {t('backup.import.confirm')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              disabled={state.step === 'busy'}
              onClick={() => {
                clearPicker();
                setState({ step: 'idle' });
                input.current?.focus();
              }}
            >
              {t('backup.import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
