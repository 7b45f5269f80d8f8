import { addScreenStrings } from '../../i18n/i18n';

// The plan's strings travel with the plan's chunk, in every language.
addScreenStrings(import.meta.glob('/locales/{en,es}/plan.json', { eager: true, import: 'default' }));
