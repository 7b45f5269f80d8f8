import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { StorageProblem } from '../../storage/result';
import { deleteAllData } from '../../storage/wipe';
import { useFocusWhen } from './use-focus';

type State =
  | { step: 'idle'; cancelled?: boolean }
  | { step: 'confirm' }
  | { step: 'busy' }
  | { step: 'done' }
  | { step: 'failed'; problem: StorageProblem };

/**
 * "Delete all my data": a second, explicit step before everything stored on the phone is removed.
 * `asked`: the question is shown at once, and takes the focus (the quick exit's menu was the first step).
 */
export function DeleteSection({ onDeleted, asked = false }: { onDeleted: () => void; asked?: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ step: asked ? 'confirm' : 'idle' });
  // The question, the result, or (after "No") the first button again: focus follows what appeared.
  const focusTarget = useFocusWhen(state);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!asked) return;
    // After the screen's own focus on its heading (src/ui/Screen.tsx), which runs once this has.
    const frame = requestAnimationFrame(() => {
      question.current?.scrollIntoView({ block: 'center' });
      question.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [asked]);

  const remove = async () => {
    setState({ step: 'busy' });
    const result = await deleteAllData();
    if (!result.ok) return setState({ step: 'failed', problem: result.problem });
    setState({ step: 'done' });
    onDeleted();
  };

  return (
    <section class="data-delete" aria-labelledby="data-delete" aria-busy={state.step === 'busy'}>
      <h2 id="data-delete">{t('backup.delete.title')}</h2>
      <p>{t('backup.delete.what')}</p>
      <p>{t('backup.delete.stays')}</p>
      <p>{t('backup.delete.leftBehind')}</p>
      {state.step === 'confirm' || state.step === 'busy' ? (
        <div class="data-confirm" role="group" aria-labelledby="data-delete-question">
          <p
            id="data-delete-question"
            class="data-question"
            tabIndex={-1}
            ref={(element) => {
              focusTarget(element);
              question.current = element;
            }}
          >
            {t('backup.delete.question')}
          </p>
          <div class="data-actions">
            <button
              type="button"
              class="button button-danger"
              disabled={state.step === 'busy'}
              onClick={() => void remove()}
            >
              {t('backup.delete.yes')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              disabled={state.step === 'busy'}
              onClick={() => setState({ step: 'idle', cancelled: true })}
            >
              {t('backup.delete.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="button button-danger"
          ref={state.step === 'idle' && state.cancelled ? focusTarget : null}
          onClick={() => setState({ step: 'confirm' })}
        >
          {t('backup.delete.button')}
        </button>
      )}
      <div aria-live="polite">
        {state.step === 'busy' && <p class="muted">{t('backup.delete.busy')}</p>}
        {state.step === 'done' && (
          <p class="data-result" tabIndex={-1} ref={focusTarget}>
            {t('backup.delete.done')}
          </p>
        )}
      </div>
      {state.step === 'failed' && (
        <p class="field-error" role="alert" tabIndex={-1} ref={focusTarget}>
          {state.problem === 'blocked'
            ? t('backup.delete.waiting')
            : `${t('backup.delete.failed')} ${t(`backup.storageProblem.${state.problem}`)}`}
        </p>
      )}
    </section>
  );
}
