import { daysInMonth, isoOf } from './date-parts';

/** The facts sheet asks families to go over the plan once or twice a year: we suggest twice. */
export const REVIEW_EVERY_MONTHS = 6;

/**
 * The day the next review is due: six calendar months after `lastReviewed` (YYYY-MM-DD), on the
 * month's last day when it is shorter (31 August → 28 or 29 February).
 */
export function nextReviewDate(lastReviewed: string): string {
  const [year = 0, month = 1, day = 1] = lastReviewed.split('-').map(Number);
  const months = year * 12 + (month - 1) + REVIEW_EVERY_MONTHS;
  const [dueYear, dueMonth] = [Math.floor(months / 12), (months % 12) + 1];
  return isoOf(dueYear, dueMonth, Math.min(day, daysInMonth(dueYear, dueMonth)));
}

/**
 * Whether to suggest a review today (both YYYY-MM-DD, on the device's calendar). A plan never
 * reviewed gets no suggestion: the family may still be writing it, and the plan keeps no date
 * of when it was started; the Review section asks for the first review instead.
 */
export function isReviewDue(lastReviewed: string, today: string): boolean {
  return lastReviewed !== '' && today >= nextReviewDate(lastReviewed);
}
