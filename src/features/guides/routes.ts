import en from '../../../locales/en/guides.json';
import es from '../../../locales/es/guides.json';
import { addScreenStrings } from '../../i18n/i18n';

// The guide list and a guide load together, as one chunk, with their strings in both languages.
addScreenStrings({ en: { guides: en }, es: { guides: es } });

export { GuideListScreen } from './GuideListScreen';
export { GuideScreen } from './GuideScreen';
