import { useI18n } from '../../../i18n/i18n-context';
import { PLAN_LIMITS } from '../../../storage/plan-record';
import { TextArea, TextField, YesNo } from '../fields';
import type { SectionProps } from '../section-props';

/**
 * Who handles the bank account, rent and bills, the last paycheck; a power of attorney; who may pay a
 * bond; savings.
 */
export function MoneySection({ data, onChange }: SectionProps<'money'>) {
  const { t } = useI18n();
  const set = <F extends keyof typeof data>(field: F, value: (typeof data)[F]) =>
    onChange({ ...data, [field]: value });

  return (
    <>
      <TextField
        id="money-bank"
        label={t('plan.money.bankAccess')}
        hint={t('plan.money.bankAccessHint')}
        value={data.bankAccess}
        maxLength={PLAN_LIMITS.short}
        onInput={(who) => set('bankAccess', who)}
      />
      <TextField
        id="money-bills"
        label={t('plan.money.rentAndBills')}
        value={data.rentAndBills}
        maxLength={PLAN_LIMITS.short}
        onInput={(who) => set('rentAndBills', who)}
      />
      <TextField
        id="money-paycheck"
        label={t('plan.money.lastPaycheck')}
        hint={t('plan.money.lastPaycheckHint')}
        value={data.lastPaycheck}
        maxLength={PLAN_LIMITS.short}
        onInput={(who) => set('lastPaycheck', who)}
      />
      <YesNo
        id="money-poa"
        legend={t('plan.money.powerOfAttorney')}
        hint={t('plan.money.powerOfAttorneyHint')}
        value={data.powerOfAttorney}
        onChange={(exists) => set('powerOfAttorney', exists)}
      />
      <TextField
        id="money-poa-with"
        label={t('plan.money.powerOfAttorneyWith')}
        hint={t('plan.money.powerOfAttorneyWithHint')}
        value={data.powerOfAttorneyWith}
        maxLength={PLAN_LIMITS.short}
        onInput={(who) => set('powerOfAttorneyWith', who)}
      />
      {/* Who may pay a bond is a stored answer nowhere: the savings box below takes it as text. */}
      <p class="plan-note">{t('plan.money.bond')}</p>
      <TextArea
        id="money-savings"
        label={t('plan.money.savings')}
        hint={t('plan.money.savingsHint')}
        value={data.savings}
        maxLength={PLAN_LIMITS.long}
        onInput={(savings) => set('savings', savings)}
      />
    </>
  );
}
