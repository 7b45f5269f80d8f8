import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { exportAll, type BackupFile } from '../../storage/backup/export';
import type { StorageProblem } from '../../storage/result';
import { downloadText } from '../../ui/download';
import { useFocusWhen } from './use-focus';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; file: BackupFile }
  | { step: 'failed'; problem: StorageProblem };

/** "Save a backup file": everything stored, as one JSON file the person keeps. */
export function ExportSection() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const message = useFocusWhen(state.step === 'done' || state.step === 'failed' ? state : undefined);

  const save = async () => {
    setState({ step: 'busy' });
    const result = await exportAll();
    if (!result.ok) return setState({ step: 'failed', problem: result.problem });
    downloadText(result.value.text, result.value.fileName);
    setState({ step: 'done', file: result.value });
  };

  return (
    <section aria-labelledby="data-export" aria-busy={state.step === 'busy'}>
      <h2 id="data-export">{t('backup.export.title')}</h2>
      <p>{t('backup.export.what')}</p>
      <p class="data-warning">{t('backup.export.notEncrypted')}</p>
      <button type="button" class="button" disabled={state.step === 'busy'} onClick={() => void save()}>
        {t('backup.export.button')}
      </button>
      <div aria-live="polite">
        {state.step === 'busy' && <p class="muted">{t('backup.export.busy')}</p>}
        {state.step === 'done' && (
          <p class="data-result" ref={message} tabIndex={-1}>
            {t('backup.export.done', { fileName: state.file.fileName })}
            {state.file.unreadable > 0 && (
              <> {t('backup.export.damaged', { count: state.file.unreadable })}</>
            )}
          </p>
        )}
      </div>
      {state.step === 'failed' && (
        <p class="field-error" role="alert" ref={message} tabIndex={-1}>
          {t('backup.export.failed')} {t(`backup.storageProblem.${state.problem}`)}
        </p>
      )}
    </section>
  );
}
