import { useI18n } from '../../i18n/i18n-context';
import { Sources } from '../../ui/SourceList';
import { PLAN_SOURCES } from './plan-sources';

/** The public pages a plan screen's advice comes from, last on the screen as in the guides. */
export function PlanSources({ screen }: { screen: keyof typeof PLAN_SOURCES }) {
  const { t } = useI18n();
  return <Sources id="plan-sources" title={t('plan.sources')} keys={PLAN_SOURCES[screen]} />;
}
