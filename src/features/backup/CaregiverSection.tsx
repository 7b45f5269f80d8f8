import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { exportCaregiverPacket } from '../plan/public';
import type { BackupFile } from '../../storage/backup/export';
import type { StorageProblem } from '../../storage/result';
import { downloadText } from '../../ui/download';
import { useFocusWhen } from './use-focus';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; file: BackupFile }
  | { step: 'failed'; problem: StorageProblem };

/** "Save the caregiver packet as a file": only what the person caring for the children needs. */
export function CaregiverSection() {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const message = useFocusWhen(state.step === 'done' || state.step === 'failed' ? state : undefined);

  const save = async () => {
    setState({ step: 'busy' });
    const result = await exportCaregiverPacket();
    if (!result.ok) return setState({ step: 'failed', problem: result.problem });
    downloadText(result.value.text, result.value.fileName);
    setState({ step: 'done', file: result.value });
  };

  return (
    <section aria-labelledby="data-caregiver" aria-busy={state.step === 'busy'}>
      <h2 id="data-caregiver">{t('backup.caregiver.title')}</h2>
      <p>{t('backup.caregiver.what')}</p>
      <button type="button" class="button" disabled={state.step === 'busy'} onClick={() => void save()}>
        {t('backup.caregiver.button')}
      </button>
      <div aria-live="polite">
        {state.step === 'busy' && <p class="muted">{t('backup.caregiver.busy')}</p>}
        {state.step === 'done' && (
          <p class="data-result" ref={message} tabIndex={-1}>
            {t('backup.caregiver.done', { fileName: state.file.fileName })}
          </p>
        )}
      </div>
      {state.step === 'failed' && (
        <p class="field-error" role="alert" ref={message} tabIndex={-1}>
          {t('backup.caregiver.failed')} {t(`backup.storageProblem.${state.problem}`)}
        </p>
      )}
    </section>
  );
}
