import { addScreenStrings } from '../../i18n/i18n';

// The lock's words come with the first screen that needs them (every module of this folder imports this one).
addScreenStrings(import.meta.glob('/locales/{en,es}/lock.json', { eager: true, import: 'default' }));
