import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { BackupFile } from '../../storage/backup/export';
import type { StorageProblem, StorageResult } from '../../storage/result';
import { downloadText } from '../../ui/download';
import { useFocusWhen } from './use-focus';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; file: BackupFile }
  | { step: 'failed'; problem: StorageProblem };

interface Props {
  /** Which file: its words are `backup.<kind>.…`, its heading `#data-<kind>`. */
  kind: 'export' | 'caregiver';
  /** Makes the file from what is stored now. */
  make: () => Promise<StorageResult<BackupFile>>;
  /** A line in bold under what the file holds. */
  warning?: string;
  /** Whether to say how many damaged records were left out of the file. */
  countDamaged?: boolean;
}

/**
 * "Save a backup file" and "Save the caregiver packet as a file": a button that makes the file on
 * the phone and hands it to the browser's download, then says where it went (focus moves there).
 */
export function SaveFileSection({ kind, make, warning, countDamaged = false }: Props) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const message = useFocusWhen(state.step === 'done' || state.step === 'failed' ? state : undefined);

  const save = async () => {
    setState({ step: 'busy' });
    const result = await make();
    if (!result.ok) return setState({ step: 'failed', problem: result.problem });
    downloadText(result.value.text, result.value.fileName);
    setState({ step: 'done', file: result.value });
  };

  return (
    <section aria-labelledby={`data-${kind}`} aria-busy={state.step === 'busy'}>
      <h2 id={`data-${kind}`}>{t(`backup.${kind}.title`)}</h2>
      <p>{t(`backup.${kind}.what`)}</p>
      {warning && <p class="data-warning">{warning}</p>}
      <button type="button" class="button" disabled={state.step === 'busy'} onClick={() => void save()}>
        {t(`backup.${kind}.button`)}
      </button>
      <div aria-live="polite">
        {state.step === 'busy' && <p class="muted">{t(`backup.${kind}.busy`)}</p>}
        {state.step === 'done' && (
          <p class="data-result" ref={message} tabIndex={-1}>
            {t(`backup.${kind}.done`, { fileName: state.file.fileName })}
            {countDamaged && state.file.unreadable > 0 && (
              <> {t('backup.export.damaged', { count: state.file.unreadable })}</>
            )}
          </p>
        )}
      </div>
      {state.step === 'failed' && (
        <p class="field-error" role="alert" ref={message} tabIndex={-1}>
          {t(`backup.${kind}.failed`)} {t(`backup.storageProblem.${state.problem}`)}
        </p>
      )}
    </section>
  );
}
