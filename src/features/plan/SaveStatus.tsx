import { useI18n } from '../../i18n/i18n-context';
import type { SaveState } from './use-plan-section';

/** "Saving…" / "Saved on this phone", said politely; a failure is said at once, with a way out. */
export function SaveStatus({
  state,
  onShowNewest,
  onStartAgain,
}: {
  state: SaveState;
  onShowNewest: () => void;
  onStartAgain: () => void;
}) {
  const { t } = useI18n();
  if (state === 'damaged') {
    return (
      <div class="form-problem save-status" role="alert">
        <p>{t('plan.save.damaged')}</p>
        <button type="button" class="button button-secondary" onClick={onStartAgain}>
          {t('plan.save.startAgain')}
        </button>
      </div>
    );
  }
  if (typeof state === 'object') {
    return (
      <div class="form-problem save-status" role="alert">
        <p>{t(`plan.save.problems.${state.problem}`)}</p>
        {state.problem === 'stale' && (
          <button type="button" class="button button-secondary" onClick={onShowNewest}>
            {t('plan.save.showNewest')}
          </button>
        )}
      </div>
    );
  }
  const text = {
    loading: t('plan.save.loading'),
    idle: '',
    saving: t('plan.save.saving'),
    saved: t('plan.save.saved'),
  };
  return (
    <p class="save-status" role="status" data-state={state}>
      {text[state]}
    </p>
  );
}
