import { addScreenStrings } from '../../i18n/i18n';

// The record's words, in every language, in the record's own chunk (src/i18n/i18n.ts).
addScreenStrings(import.meta.glob('/locales/*/record.json', { eager: true, import: 'default' }));

/** A date and time as the person reads it, in their language. */
export function timeInWords(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
