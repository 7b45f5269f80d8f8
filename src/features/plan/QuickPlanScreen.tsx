import { useI18n } from '../../i18n/i18n-context';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { useContacts } from '../../ui/use-contacts';
import { PLAN_REVIEWED } from './plan-sources';
import './plan-strings';
import { isStepDone, QUICK_STEPS, type QuickSections, type QuickStep } from './quick-plan';
import { QuickStepFields, type QuickHooks } from './QuickStepFields';
import { SaveStatus } from './SaveStatus';
import { usePlanSection, type SaveState } from './use-plan-section';
import { LockOffer, lockedScreen } from '../lock/public';

/** One line for five sections: a problem first (with its section's way out), then "Saving…", then "Saved". */
function overall(hooks: QuickHooks) {
  const all = Object.values(hooks);
  const troubled =
    all.find((hook) => typeof hook.saveState === 'object') ??
    all.find((hook) => hook.saveState === 'damaged');
  if (troubled) return troubled;
  const states: SaveState[] = all.map((hook) => hook.saveState);
  const state: SaveState = states.includes('saving') ? 'saving' : states.includes('saved') ? 'saved' : 'idle';
  return { saveState: state, showNewest: async () => undefined, startAgain: async () => undefined };
}

/**
 * The ten-minute plan: who picks up the children, the lawyer or legal line, the one number to know by
 * heart, where the papers are. Each answer is saved in its own section's record (./quick-plan.ts); the
 * rest of the plan stays optional, one tap away.
 */
function QuickPlanScreen() {
  const { t } = useI18n();
  const hooks: QuickHooks = {
    household: usePlanSection('household'),
    children: usePlanSection('children'),
    legal: usePlanSection('legal'),
    myPlan: usePlanSection('myPlan'),
    documents: usePlanSection('documents'),
  };
  const contacts = useContacts();
  const status = overall(hooks);
  const { household, children, legal, myPlan, documents } = hooks;
  const plan: QuickSections | undefined =
    household.record && children.record && legal.record && myPlan.record && documents.record
      ? {
          household: household.record,
          children: children.record,
          legal: legal.record,
          myPlan: myPlan.record,
          documents: documents.record,
        }
      : undefined;
  const done = (step: QuickStep) => plan !== undefined && isStepDone(step, plan);
  const allDone = plan !== undefined && QUICK_STEPS.every(done);

  return (
    <Screen title={t('plan.quick.title')}>
      <p class="lead">{t('plan.quick.intro')}</p>
      <LegalLine reviewed={PLAN_REVIEWED} />
      <SaveStatus
        state={status.saveState}
        onShowNewest={() => void status.showNewest()}
        onStartAgain={() => void status.startAgain()}
      />
      {/* Children's names are asked below: the one offer to lock them (also on the household part). */}
      <LockOffer />
      <ol class="quick-steps">
        {QUICK_STEPS.map((step) => (
          <li key={step} class="quick-step" aria-labelledby={`quick-${step}-heading`}>
            <h2 id={`quick-${step}-heading`}>{t(`plan.quick.steps.${step}`)}</h2>
            <p class={done(step) ? 'quick-state quick-done' : 'quick-state'}>
              {done(step) ? t('plan.quick.done') : t('plan.quick.notYet')}
            </p>
            <QuickStepFields step={step} hooks={hooks} contacts={contacts} />
          </li>
        ))}
      </ol>
      {allDone && (
        <p class="quick-finished" role="status">
          {t('plan.quick.finished')}
        </p>
      )}
      <h2>{t('plan.quick.restTitle')}</h2>
      <p>{t('plan.quick.rest')}</p>
      <ul class="actions">
        <li>
          <a class="action" href="/plan">
            <span class="action-title">{t('plan.quick.wholePlan')}</span>
          </a>
        </li>
        <li>
          <a class="action" href="/plan/caregiver">
            <span class="action-title">{t('plan.caregiver.link')}</span>
            <span class="action-hint">{t('plan.caregiver.linkHint')}</span>
          </a>
        </li>
      </ul>
    </Screen>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(QuickPlanScreen);
