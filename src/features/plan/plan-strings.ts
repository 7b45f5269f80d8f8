import english from '../../../locales/en/plan.json';
import spanish from '../../../locales/es/plan.json';
import { addScreenStrings } from '../../i18n/i18n';

// The plan's strings travel with the plan's chunk, in both languages.
addScreenStrings({ en: { plan: english }, es: { plan: spanish } });
