import english from '../../../locales/en/contacts.json';
import spanish from '../../../locales/es/contacts.json';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import { Screen } from '../../ui/Screen';

addScreenStrings({ en: { contacts: english }, es: { contacts: spanish } });

/** Emergency contacts (to be built). */
export default function ContactsScreen() {
  const { t } = useI18n();
  return <Screen title={t('contacts.title')}>{null}</Screen>;
}
