import { isolatedIn } from '../../../ui/isolated';
import { useI18n } from '../../../i18n/i18n-context';
import { PLAN_LIMITS } from '../../../storage/plan-record';
import { useContacts } from '../../../ui/use-contacts';
import { ContactPicker, TextArea } from '../fields';
import type { SectionProps } from '../section-props';

/** Guide ids (locales/<lang>/guides) for each place the plan covers. */
const GUIDES = {
  home: 'agents-at-your-door',
  work: 'at-work',
  street: 'on-the-street',
  car: 'in-a-car',
} as const;

/** What I will do at home, at work, on the street or in a car; whom I call; the number I know by heart. */
export function MyPlanSection({ data, onChange }: SectionProps<'myPlan'>) {
  const { t } = useI18n();
  const { contacts } = useContacts();
  const set = <F extends keyof typeof data>(field: F, value: (typeof data)[F]) =>
    onChange({ ...data, [field]: value });
  const memorized = contacts?.find((contact) => contact.id === data.memorized);
  const guide = (id: string, text: string) => (
    <p class="guide-link">
      <a class="link-target" href={`/guides/${id}`}>
        {text}
      </a>
    </p>
  );

  return (
    <>
      <TextArea
        id="my-plan-home"
        label={t('plan.myPlan.atHome')}
        value={data.atHome}
        maxLength={PLAN_LIMITS.long}
        onInput={(text) => set('atHome', text)}
      />
      {guide(GUIDES.home, t('plan.myPlan.homeGuide'))}
      <TextArea
        id="my-plan-work"
        label={t('plan.myPlan.atWork')}
        value={data.atWork}
        maxLength={PLAN_LIMITS.long}
        onInput={(text) => set('atWork', text)}
      />
      {guide(GUIDES.work, t('plan.myPlan.workGuide'))}
      <TextArea
        id="my-plan-street"
        label={t('plan.myPlan.onStreetOrCar')}
        value={data.onStreetOrCar}
        maxLength={PLAN_LIMITS.long}
        onInput={(text) => set('onStreetOrCar', text)}
      />
      {guide(GUIDES.street, t('plan.myPlan.streetGuide'))}
      {guide(GUIDES.car, t('plan.myPlan.carGuide'))}
      <ContactPicker
        id="my-plan-call-first"
        label={t('plan.myPlan.callFirst')}
        hint={t('plan.myPlan.callFirstHint')}
        value={data.callFirst}
        onChange={(id) => set('callFirst', id)}
      />
      <ContactPicker
        id="my-plan-memorized"
        label={t('plan.myPlan.memorized')}
        hint={t('plan.myPlan.memorizedHint')}
        value={data.memorized}
        onChange={(id) => set('memorized', id)}
      />
      {memorized && (
        <p>
          <a
            class="button button-secondary"
            href={`/contacts/practice?contact=${encodeURIComponent(memorized.id)}`}
          >
            {isolatedIn((name) => t('plan.myPlan.practise', { name }), memorized.name)}
          </a>
        </p>
      )}
      <TextArea
        id="my-plan-message"
        label={t('plan.myPlan.familyMessage')}
        hint={t('plan.myPlan.familyMessageHint')}
        value={data.familyMessage}
        maxLength={PLAN_LIMITS.long}
        onInput={(text) => set('familyMessage', text)}
      />
    </>
  );
}
