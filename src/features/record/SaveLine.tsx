import { useI18n } from '../../i18n/i18n-context';
import type { SaveState } from './use-incident';

/** "Saving…" / "Saved on this phone", said politely; a failure at once, in words the person can act on. */
export function SaveLine({ state }: { state: SaveState }) {
  const { t } = useI18n();
  if (typeof state === 'object')
    return (
      <p class="form-problem save-status" role="alert">
        {t(`record.save.problems.${state.problem}`)}
      </p>
    );
  const text = state === 'saving' ? t('record.save.saving') : state === 'saved' ? t('record.save.saved') : '';
  return (
    <p class="save-status" role="status" data-state={state}>
      {text}
    </p>
  );
}
