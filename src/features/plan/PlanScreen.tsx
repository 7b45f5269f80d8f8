import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { onChange } from '../../storage/changes';
import { PLAN_SECTIONS } from '../../storage/plan-record';
import { loadPlan, type SavedPlan } from '../../storage/plan-store';
import type { StorageProblem } from '../../storage/result';
import { Screen } from '../../ui/Screen';
import { sectionPath } from './plan-sections';
import './plan-strings';
import { sectionProgress, type Progress } from './progress';

/** The plan at a glance: each section, how complete it is, one tap to open it. */
export default function PlanScreen() {
  const { t } = useI18n();
  const [plan, setPlan] = useState<SavedPlan | undefined>(undefined);
  const [problem, setProblem] = useState<StorageProblem | undefined>(undefined);

  useEffect(() => {
    const load = () =>
      void loadPlan().then((loaded) => {
        if (loaded.ok) setPlan(loaded.value.plan);
        else setProblem(loaded.problem);
      });
    load();
    return onChange('plan', load);
  }, []);

  const describe = (progress: Progress) => {
    if (progress.kind === 'skipped') return t('plan.progress.skipped');
    if (progress.done === 0) return t('plan.progress.notStarted');
    if (progress.done === progress.total) return t('plan.progress.complete');
    return t('plan.progress.filled', { done: progress.done, total: progress.total });
  };

  return (
    <Screen title={t('plan.title')}>
      <p class="lead">{t('plan.intro')}</p>
      {problem && (
        <p class="form-problem" role="alert">
          {t(`plan.save.problems.${problem}`)}
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
                  <span class="action-hint">{describe(progress)}</span>
                  {progress.kind === 'counted' && (
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
    </Screen>
  );
}
