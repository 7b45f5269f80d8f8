import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { loadSetting, saveSetting } from '../../storage/settings-store';
import { useLockStatus } from './lock-status';
import { SetLockForm } from './SetLockForm';
import './strings';

type Step = 'ask' | 'setting' | 'later' | 'done';

/**
 * Offered once, before the plan asks for A-numbers and children's names: set a lock now, or not now.
 * Shown while no lock is set and it was never offered; remembered as offered (a setting that says
 * nothing about the person) as soon as it is shown, so it is not asked again.
 */
export function LockOffer() {
  const { t } = useI18n();
  const status = useLockStatus();
  const [step, setStep] = useState<Step | undefined>(undefined);

  useEffect(() => {
    if (status !== 'none' || step) return;
    let shown = true;
    void loadSetting('lockOffered').then((offered) => {
      if (!shown || !offered.ok || offered.value !== undefined) return;
      setStep('ask');
      void saveSetting('lockOffered', 'yes');
    });
    return () => void (shown = false);
  }, [status]);

  if (!step) return null;
  return (
    <section class="lock-offer" aria-labelledby="lock-offer-title">
      <h2 id="lock-offer-title">{t('lock.offer.title')}</h2>
      {step === 'ask' && (
        <>
          <p>{t('lock.offer.what')}</p>
          <p class="form-actions">
            <button type="button" class="button" onClick={() => setStep('setting')}>
              {t('lock.offer.set')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setStep('later')}>
              {t('lock.offer.later')}
            </button>
          </p>
        </>
      )}
      {step === 'setting' && <SetLockForm onDone={() => setStep('done')} onCancel={() => setStep('later')} />}
      <div role="status">
        {step === 'later' && <p>{t('lock.offer.laterNote')}</p>}
        {step === 'done' && <p>{t('lock.privacy.done')}</p>}
      </div>
    </section>
  );
}
