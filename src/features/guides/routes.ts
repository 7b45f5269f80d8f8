import { addScreenStrings } from '../../i18n/i18n';

// The guide list and a guide load together, as one chunk, with their strings in every language.
addScreenStrings(import.meta.glob('/locales/{en,es}/guides.json', { eager: true, import: 'default' }));

export { GuideListScreen } from './GuideListScreen';
export { GuideScreen } from './GuideScreen';
