/** How long reviewed legal content may go unchecked before the app says it may be out of date. */
export const REVIEW_FRESH_MONTHS = 6;

/**
 * Whether content last reviewed on `reviewed` (YYYY-MM-DD) is more than six months old on `today`
 * (YYYY-MM-DD, the phone's own date). Months are counted on the calendar: reviewed on August 31,
 * it is old from March 1 (the day after the last day of February).
 */
export function reviewIsOld(reviewed: string, today: string): boolean {
  const [year = 0, month = 1, day = 1] = reviewed.split('-').map(Number);
  const monthIndex = month - 1 + REVIEW_FRESH_MONTHS;
  const limitYear = year + Math.floor(monthIndex / 12);
  const limitMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(limitYear, limitMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  const limit = `${limitYear}-${pad(limitMonth)}-${pad(Math.min(day, lastDay))}`;
  return today > limit;
}
