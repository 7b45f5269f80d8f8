import type { ComponentType } from 'preact';
import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n-context';
import type { PlanRecord, PlanSectionId, PlanSections } from '../../storage/plan-record';
import { NotFoundScreen } from '../../ui/NotFoundScreen';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { nextSection, sectionForSlug, sectionPath } from './plan-sections';
import { PLAN_REVIEWED } from './plan-sources';
import './plan-strings';
import { PlanSources } from './PlanSources';
import { SaveStatus } from './SaveStatus';
import { SECTION_FORMS } from './section-forms';
import type { SectionProps } from './section-props';
import { usePlanSection } from './use-plan-section';
import { useHousehold } from './use-household';
import { MissingFields } from './MissingFields';
import { sectionQuestions } from './progress';
import { LockOffer, lockedScreen } from '../lock/public';

/** One section of the plan: why it matters, its form (saved as the person types), skip, next, its sources. */
function PlanSectionScreen() {
  const { params } = useRoute();
  const section = sectionForSlug(params.section);
  if (!section) return <NotFoundScreen />;
  return <SectionEditor key={section} section={section} />;
}

function SectionEditor<K extends PlanSectionId>({ section }: { section: K }) {
  const { t } = useI18n();
  const { record, fromFile, saveState, update, showNewest, startAgain } = usePlanSection(section);
  const Form = SECTION_FORMS[section] as ComponentType<SectionProps<K>>;
  const next = nextSection(section);
  const people = useHousehold();

  return (
    <Screen title={t(`plan.sections.${section}.title`)}>
      <p class="lead">{t(`plan.sections.${section}.why`)}</p>
      <LegalLine reviewed={PLAN_REVIEWED} />
      <SaveStatus
        state={saveState}
        onShowNewest={() => void showNewest()}
        onStartAgain={() => void startAgain()}
      />
      {record && (
        <>
          {/* A-numbers and children's names are asked here first: the one offer to lock them. */}
          {section === 'household' && <LockOffer />}
          {/* A backup file may come from someone else: said until the person changes the section. */}
          {fromFile && <p class="from-file">{t('plan.section.fromFile')}</p>}
          <div class="field checkbox">
            <input
              id="plan-skip"
              type="checkbox"
              checked={record.skipped}
              onChange={(event) => update({ ...record, skipped: event.currentTarget.checked })}
            />
            <label for="plan-skip">{t('plan.section.skip')}</label>
          </div>
          {record.skipped && <p>{t('plan.section.skippedNote')}</p>}
          {!record.skipped && people && (
            <MissingFields questions={sectionQuestions(section, record.data, { people })} people={people} />
          )}
          <Form
            data={record.data}
            onChange={(data: PlanSections[K]) => update({ ...record, data } as PlanRecord<K>)}
          />
        </>
      )}
      <nav class="plan-nav" aria-label={t('plan.title')}>
        {next && (
          <a class="link-target" href={sectionPath(next)}>
            {t('plan.section.next', { title: t(`plan.sections.${next}.title`) })}
          </a>
        )}
        <a class="link-target" href="/plan">
          {t('plan.section.back')}
        </a>
      </nav>
      <PlanSources screen={section} />
    </Screen>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(PlanSectionScreen);
