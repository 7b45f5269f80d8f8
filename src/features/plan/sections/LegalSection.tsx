import { useI18n } from '../../../i18n/i18n-context';
import { PLAN_LIMITS } from '../../../storage/plan-record';
import { ContactPicker, TextArea, TextField, YesNo } from '../fields';
import type { SectionProps } from '../section-props';

/**
 * The family's lawyer, the signed G-28 and who keeps it, what the immigration court's phone line can and
 * cannot show, the local rapid-response line, notes.
 */
export function LegalSection({ data, onChange }: SectionProps<'legal'>) {
  const { t } = useI18n();
  const set = <F extends keyof typeof data>(field: F, value: (typeof data)[F]) =>
    onChange({ ...data, [field]: value });

  return (
    <>
      <ContactPicker
        id="legal-lawyer"
        adds="lawyer"
        label={t('plan.legal.lawyer')}
        hint={t('plan.legal.lawyerHint')}
        value={data.lawyer}
        onChange={(lawyer) => set('lawyer', lawyer)}
      />
      <p class="plan-note">{t('plan.legal.g28About')}</p>
      <YesNo
        id="legal-g28"
        legend={t('plan.legal.g28Signed')}
        value={data.g28Signed}
        onChange={(signed) => set('g28Signed', signed)}
      />
      <TextField
        id="legal-g28-with"
        label={t('plan.legal.g28With')}
        value={data.g28With}
        maxLength={PLAN_LIMITS.short}
        onInput={(who) => set('g28With', who)}
      />
      <p class="plan-note">{t('plan.legal.courtLine')}</p>
      <ContactPicker
        id="legal-rapid-response"
        adds="rapid-response"
        label={t('plan.legal.rapidResponse')}
        hint={t('plan.legal.rapidResponseHint')}
        value={data.rapidResponse}
        onChange={(line) => set('rapidResponse', line)}
      />
      <p>
        <a class="link-target" href="/help">
          {t('plan.legal.helpLink')}
        </a>
      </p>
      <TextArea
        id="legal-notes"
        label={t('plan.legal.notes')}
        hint={t('plan.legal.notesHint')}
        value={data.notes}
        maxLength={PLAN_LIMITS.long}
        onInput={(notes) => set('notes', notes)}
      />
    </>
  );
}
