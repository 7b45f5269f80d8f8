import english from '../../../locales/en/backup.json';
import spanish from '../../../locales/es/backup.json';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import { Screen } from '../../ui/Screen';

addScreenStrings({ en: { backup: english }, es: { backup: spanish } });

/** Export, import and delete everything the app stores (to be built). */
export default function BackupScreen() {
  const { t } = useI18n();
  return <Screen title={t('backup.title')}>{null}</Screen>;
}
