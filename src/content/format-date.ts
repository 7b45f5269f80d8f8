import i18next, { type TFunction } from 'i18next';
import { addScreenStrings } from '../i18n/i18n';

// The month names and date patterns come with the screens that show a date, not with the first screen's
// strings. Added on first use, not as the module loads: i18next takes strings only once started.
const DATE_STRINGS = import.meta.glob('/locales/{en,es}/date.json', { eager: true, import: 'default' });

/**
 * An ISO date (YYYY-MM-DD, or YYYY-MM) written the way people read dates in the current language,
 * e.g. "May 12, 2025" or "12 de mayo de 2025".
 * Not Intl.DateTimeFormat: its first use in a page loads locale data, which measured 0.2–0.6 s
 * on a slowed-down phone CPU, right while a guide is first drawn.
 */
export function formatDate(isoDate: string, t: TFunction): string {
  if (!i18next.exists('date.months')) addScreenStrings(DATE_STRINGS);
  const [year, month, day] = isoDate.split('-').map(Number);
  const monthName = t('date.months').split(',')[(month ?? 1) - 1];
  // A date known only to the month ("2025-04") is written as such: "April 2025".
  if (day === undefined) return t('date.monthFormat', { year, month: monthName });
  return t('date.format', { year, month: monthName, day });
}
