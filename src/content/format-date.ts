import type { TFunction } from 'i18next';

/**
 * An ISO date (YYYY-MM-DD) written the way people read dates in the current language,
 * e.g. "May 12, 2025" or "12 de mayo de 2025".
 * Not Intl.DateTimeFormat: its first use in a page loads locale data, which measured 0.2–0.6 s
 * on a slowed-down phone CPU, right while a guide is first drawn.
 */
export function formatDate(isoDate: string, t: TFunction): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = t('common.date.months').split(',');
  return t('common.date.format', { year, month: months[(month ?? 1) - 1], day });
}
