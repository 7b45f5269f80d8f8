import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { MediaSealedHeader } from '../../storage/backup/media-format';
import { importMedia, previewMedia, type MediaImportCount } from '../../storage/backup/media-import';
import type { MediaCheck, MediaProblem, MediaRead } from '../../storage/backup/media-read';
import { readMediaFileInWorker } from '../../storage/backup/read-media-in-worker';
import { fileKey } from '../../storage/backup/seal';
import type { StorageProblem } from '../../storage/result';
import { FilePicker } from './FilePicker';
import { sizeInWords } from '../../ui/size-in-words';
import { PassphraseField, ShowTyped } from '../lock/public';
import { useFocusWhen } from './use-focus';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; problem: MediaProblem }
  | { step: 'passphrase'; file: File; header: MediaSealedHeader; error?: 'empty' | 'wrong' }
  | { step: 'preview'; items: MediaRead[]; count: MediaImportCount; failed?: StorageProblem }
  | { step: 'busy'; items: MediaRead[]; count: MediaImportCount }
  | { step: 'done'; count: MediaImportCount };

/**
 * "Bring in a photo file": pick a media file, have it read and checked in a Web Worker (progress shown),
 * see how many photos go into records on this phone and how many are skipped, confirm. Nothing is written
 * before the confirmation; a refused file changes nothing.
 */
export function MediaImportSection() {
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [progress, setProgress] = useState(0);
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const focusTarget = useFocusWhen(state);
  const reset = () => {
    if (input.current) input.current.value = '';
    setPassphrase('');
    setState({ step: 'idle' });
  };

  const read = async (file: File | undefined, key?: CryptoKey, header?: MediaSealedHeader) => {
    if (!file) return;
    setProgress(0);
    setState({ step: 'reading' });
    // The chunks opened and the items checked both report: the bar never goes back.
    const onProgress = (fraction: number) => setProgress((shown) => Math.max(shown, fraction));
    show(file, await readMediaFileInWorker(file, { key, onProgress }), header);
  };

  const show = (file: File, checked: MediaCheck, header?: MediaSealedHeader) => {
    if (!checked.ok && checked.problem === 'passphrase')
      return setState({ step: 'passphrase', file, header: checked.header });
    if (!checked.ok && checked.problem === 'wrong-passphrase' && header)
      return setState({ step: 'passphrase', file, header, error: 'wrong' });
    if (!checked.ok) {
      if (input.current) input.current.value = '';
      return setState({ step: 'refused', problem: checked.problem });
    }
    setPassphrase('');
    void previewMedia(checked.items).then((count) =>
      count.ok
        ? setState({ step: 'preview', items: checked.items, count: count.value })
        : setState({ step: 'refused', problem: 'unreadable' }),
    );
  };

  const open = async (file: File, header: MediaSealedHeader) => {
    if (!passphrase.trim()) return setState({ step: 'passphrase', file, header, error: 'empty' });
    setProgress(0);
    setState({ step: 'reading' });
    const key = await fileKey(passphrase, header);
    if (!key.ok) return setState({ step: 'refused', problem: 'invalid' });
    await read(file, key.value, header);
  };

  const confirm = async (items: MediaRead[], count: MediaImportCount) => {
    setState({ step: 'busy', items, count });
    const result = await importMedia(items);
    if (!result.ok) return setState({ step: 'preview', items, count, failed: result.problem });
    if (input.current) input.current.value = '';
    setState({ step: 'done', count: result.value });
  };

  const busy = state.step === 'reading' || state.step === 'busy';
  const bytes = (items: MediaRead[]) => items.reduce((sum, item) => sum + item.size, 0);
  return (
    <section aria-labelledby="data-media-import" aria-busy={busy}>
      <h2 id="data-media-import">{t('backup.mediaImport.title')}</h2>
      <p>{t('backup.mediaImport.intro')}</p>
      <FilePicker
        id="data-media-file"
        label={t('backup.mediaImport.label')}
        accept=".bin,application/octet-stream"
        busy={busy}
        problem={
          state.step === 'refused'
            ? `${t(problemKey(state.problem))} ${t('backup.import.nothingChanged')}`
            : undefined
        }
        inputRef={input}
        problemRef={focusTarget}
        onPick={(file) => void read(file)}
      />
      {state.step === 'passphrase' && (
        <form
          class="lock-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void open(state.file, state.header);
          }}
        >
          <p>{t('backup.import.sealed.intro')}</p>
          <fieldset class="data-choice">
            <PassphraseField
              id="data-media-passphrase"
              label={t('backup.import.sealed.label')}
              value={passphrase}
              onInput={setPassphrase}
              shown={shown}
              error={
                state.error &&
                t(
                  state.error === 'wrong'
                    ? 'backup.import.problem.wrong-passphrase'
                    : 'backup.import.sealed.empty',
                )
              }
              inputRef={focusTarget}
            />
            <ShowTyped id="data-media-show" label={t('backup.seal.show')} shown={shown} onChange={setShown} />
            <p class="form-actions">
              <button type="submit" class="button">
                {t('backup.import.sealed.open')}
              </button>
              <button type="button" class="button button-secondary" onClick={reset}>
                {t('backup.import.cancel')}
              </button>
            </p>
          </fieldset>
        </form>
      )}
      <div aria-live="polite">
        {state.step === 'reading' && (
          <p class="muted">
            {t('backup.mediaImport.reading')}
            <progress class="data-progress" value={progress} max={1} />
          </p>
        )}
        {state.step === 'busy' && <p class="muted">{t('backup.mediaImport.busy')}</p>}
        {state.step === 'done' && (
          <p class="data-result" tabIndex={-1} ref={focusTarget}>
            {t('backup.mediaImport.done', { count: state.count.added })}
            {state.count.noRecord > 0 && (
              <> {t('backup.mediaImport.noRecord', { count: state.count.noRecord })}</>
            )}
          </p>
        )}
      </div>
      {(state.step === 'preview' || state.step === 'busy') && (
        <div class="data-preview">
          <h3 tabIndex={-1} ref={state.step === 'preview' && !state.failed ? focusTarget : null}>
            {t('backup.mediaImport.holds', {
              count: state.items.length,
              size: sizeInWords(bytes(state.items), language),
            })}
          </h3>
          <ul class="data-summary" data-testid="media-preview">
            <li>{t('backup.mediaImport.add', { count: state.count.added })}</li>
            {state.count.already > 0 && (
              <li>{t('backup.mediaImport.already', { count: state.count.already })}</li>
            )}
            {state.count.noRecord > 0 && (
              <li class="data-warning">
                {t('backup.mediaImport.noRecord', { count: state.count.noRecord })}
              </li>
            )}
          </ul>
          {state.step === 'preview' && state.failed && (
            <p class="field-error" role="alert" tabIndex={-1} ref={focusTarget}>
              {t('backup.import.failed')} {t(`backup.storageProblem.${state.failed}`)}
            </p>
          )}
          <div class="data-actions">
            <button
              type="button"
              class="button"
              disabled={state.step === 'busy' || state.count.added === 0}
              onClick={() => void confirm(state.items, state.count)}
            >
              {t('backup.mediaImport.confirm')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              disabled={state.step === 'busy'}
              onClick={() => {
                reset();
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

/** The media file's own words where it differs from a backup file; the backup file's where it does not. */
function problemKey(problem: MediaProblem) {
  switch (problem) {
    case 'too-large':
    case 'wrong-format':
    case 'cut':
    case 'changed':
      return `backup.mediaImport.problem.${problem}` as const;
    default:
      return `backup.import.problem.${problem}` as const;
  }
}
