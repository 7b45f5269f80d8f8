import { addScreenStrings } from '../../i18n/i18n';

// The record's words, in every language, in the record's own chunk (src/i18n/i18n.ts).
addScreenStrings(import.meta.glob('/locales/{en,es}/record.json', { eager: true, import: 'default' }));

/**
 * One formatter per language, made once: making an `Intl.DateTimeFormat` costs far more than using it,
 * and the list of records formats a time per record (issue 13: 100 records drawn within 100 ms).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date and time as the person reads it, in their language. */
export function timeInWords(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(language, format);
  }
  return format.format(date);
}
