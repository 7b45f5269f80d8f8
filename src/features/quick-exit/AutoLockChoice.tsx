import { useEffect, useState } from 'preact/hooks';
import { addScreenStrings } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n-context';
import { loadSetting, saveSetting } from '../../storage/settings-store';
import {
  AUTO_LOCK_CHOICES,
  DEFAULT_AUTO_LOCK,
  HANDED_OFF_MINUTES,
  isAutoLockChoice,
  type AutoLockChoice,
} from './auto-lock';

addScreenStrings(import.meta.glob('/locales/{en,es}/quickexit.json', { eager: true, import: 'default' }));

/** "Lock by itself": how long the app may stay hidden before it locks, saved at once on this phone. */
export default function AutoLockChoice() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<AutoLockChoice>(DEFAULT_AUTO_LOCK);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void loadSetting('autoLock').then((result) => {
      if (result.ok && isAutoLockChoice(result.value)) setChoice(result.value);
    });
  }, []);

  const choose = (next: AutoLockChoice) => {
    setChoice(next);
    void saveSetting('autoLock', next).then((result) => setFailed(!result.ok));
  };
  return (
    <fieldset class="auto-lock" aria-describedby="auto-lock-what">
      <legend>{t('quickexit.autoLock.title')}</legend>
      <p id="auto-lock-what" class="hint">
        {t('quickexit.autoLock.what', { minutes: HANDED_OFF_MINUTES })}
      </p>
      {AUTO_LOCK_CHOICES.map((option) => (
        <div class="choice-option" key={option}>
          <input
            id={`auto-lock-${option}`}
            type="radio"
            name="auto-lock"
            checked={choice === option}
            onChange={() => choose(option)}
          />
          <label for={`auto-lock-${option}`}>
            {option === '0'
              ? t('quickexit.autoLock.atOnce')
              : t('quickexit.autoLock.after', { count: Number(option) })}
          </label>
        </div>
      ))}
      {failed && (
        <p class="field-error" role="alert">
          {t('quickexit.autoLock.notSaved')}
        </p>
      )}
    </fieldset>
  );
}
