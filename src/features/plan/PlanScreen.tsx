import { useI18n } from '../../i18n/i18n-context';
import { PLAN_SECTIONS } from '../../storage/plan-record';
import { watchedPlan } from '../../storage/plan-store';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { useStored } from '../../ui/use-stored';
import { sectionPath } from './plan-sections';
import { PLAN_REVIEWED } from './plan-sources';
import { PlanSources } from './PlanSources';
import './plan-strings';
import { sectionProgress, type Progress } from './progress';
import { quickDone } from './quick-plan';
import { lockedScreen } from '../lock/public';

/** The plan at a glance: each section, how complete it is, one tap to open it. */
function PlanScreen() {
  const { t } = useI18n();
  const { result: loaded } = useStored(watchedPlan);
  const plan = loaded?.ok ? loaded.value.plan : undefined;
  const damaged = loaded?.ok ? loaded.value.damaged : {};
  const problem = loaded?.ok === false ? loaded.problem : undefined;

  const describe = (progress: Progress) => {
    if (progress.kind === 'skipped') return t('plan.progress.skipped');
    if (progress.done === 0) return t('plan.progress.notStarted');
    if (progress.done === progress.total) return t('plan.progress.complete');
    return t('plan.progress.filled', { done: progress.done, total: progress.total });
  };

  return (
    <Screen title={t('plan.title')}>
      <p class="lead">{t('plan.intro')}</p>
      <LegalLine reviewed={PLAN_REVIEWED} />
      {problem && (
        <p class="form-problem" role="alert">
          {t(`plan.save.problems.${problem}`)}
        </p>
      )}
      {plan && (
        <p>
          <a class="action quick-plan-link" href="/plan/ten-minutes">
            <span class="action-title">{t('plan.quick.link')}</span>
            <span class="action-hint">{t('plan.quick.linkHint', { done: quickDone(plan) })}</span>
          </a>
        </p>
      )}
      {plan && (
        <ol class="plan-sections">
          {PLAN_SECTIONS.map((section) => {
            const progress = sectionProgress(section, plan[section], { people: plan.household.data.people });
            return (
              <li key={section}>
                <a class="action" href={sectionPath(section)}>
                  <span class="action-title">{t(`plan.sections.${section}.title`)}</span>
                  <span class="action-hint">
                    {damaged[section] === undefined ? describe(progress) : t('plan.progress.damaged')}
                  </span>
                  {/* A backup file may come from someone else: said until the person edits the section. */}
                  {plan[section].fromFile && damaged[section] === undefined && (
                    <span class="action-hint from-file">{t('plan.fromFile')}</span>
                  )}
                  {progress.kind === 'counted' && damaged[section] === undefined && (
                    <progress max={progress.total} value={progress.done} aria-hidden="true" />
                  )}
                </a>
              </li>
            );
          })}
        </ol>
      )}
      <ul class="actions plan-printouts">
        <li>
          <a class="action" href="/plan/print">
            <span class="action-title">{t('plan.print.link')}</span>
            <span class="action-hint">{t('plan.print.linkHint')}</span>
          </a>
        </li>
        <li>
          <a class="action" href="/plan/caregiver">
            <span class="action-title">{t('plan.caregiver.link')}</span>
            <span class="action-hint">{t('plan.caregiver.linkHint')}</span>
          </a>
        </li>
      </ul>
      <p class="privacy-note">{t('plan.privacy')}</p>
      <PlanSources screen="overview" />
    </Screen>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(PlanScreen);
