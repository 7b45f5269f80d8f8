import { addScreenStrings } from '../../i18n/i18n';

// The deletion's words are the backup screen's: they come with it.
addScreenStrings(import.meta.glob('/locales/*/backup.json', { eager: true, import: 'default' }));

/** "Delete all my data" with its second "yes" (the quick erase in the top bar shows it too). */
export { DeleteSection } from './DeleteSection';
