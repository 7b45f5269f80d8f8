import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { saveSetting, watchedSetting } from '../../storage/settings-store';
import { useStored } from '../../ui/use-stored';
import { isUsState, US_STATES, type UsState } from './us-states';

/** The family's state as saved on this phone (`undefined`: not said yet), kept current. */
export function useUsState(): { state: UsState | undefined; reload: () => void } {
  const { value, reload } = useStored(watchedSetting('usState'));
  return { state: isUsState(value) ? value : undefined, reload: () => void reload() };
}

/**
 * "Which state do you live in?", asked once, where the answer first matters: the children's care
 * papers (some exist in one state only). Saved as a setting of this phone, so every screen can use it.
 */
export function StateQuestion({ state, onSaved }: { state: UsState | undefined; onSaved: () => void }) {
  const { t, language } = useI18n();
  const [failed, setFailed] = useState(false);
  const name = (code: UsState) => t(`plan.states.${code}`);
  const sorted = [...US_STATES].sort((a, b) => name(a).localeCompare(name(b), language));

  const choose = async (value: string) => {
    if (!isUsState(value)) return; // "not chosen yet" is not an answer to save
    const saved = await saveSetting('usState', value);
    setFailed(!saved.ok);
    onSaved(); // this tab hears of no change it made itself
  };

  return (
    <div class="field">
      <label for="plan-state">{t('plan.state.label')}</label>
      <select
        id="plan-state"
        value={state ?? ''}
        aria-describedby="plan-state-hint"
        onChange={(event) => void choose(event.currentTarget.value)}
      >
        <option value="" disabled={state !== undefined}>
          {t('plan.state.none')}
        </option>
        {sorted.map((code) => (
          <option key={code} value={code}>
            {name(code)}
          </option>
        ))}
      </select>
      <p id="plan-state-hint" class="hint">
        {t('plan.state.hint')}
      </p>
      {failed && (
        <p class="field-error" role="alert">
          {t('plan.state.notSaved')}
        </p>
      )}
    </div>
  );
}
