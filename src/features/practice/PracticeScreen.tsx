import english from '../../../locales/en/practice.json';
import spanish from '../../../locales/es/practice.json';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import { Screen } from '../../ui/Screen';

addScreenStrings({ en: { practice: english }, es: { practice: spanish } });

/** The memorize drill (to be built). */
export default function PracticeScreen() {
  const { t } = useI18n();
  return <Screen title={t('practice.title')}>{null}</Screen>;
}
