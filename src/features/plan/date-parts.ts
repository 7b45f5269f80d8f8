export type DatePart = 'day' | 'month' | 'year';
export type DateParts = Record<DatePart, string>;

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * The order people write a date in, from the language's `plan.date.order` ("month,day,year" in English:
 * 3/14/1988; "day,month,year" in Spanish: 14/3/1988). A string that is not the three parts (never, a test
 * checks every language) gives the year first, which no one can misread.
 */
export function dateOrder(text: string): readonly DatePart[] {
  const order = text.split(',').map((part) => part.trim());
  const valid = order.length === PARTS.length && PARTS.every((part) => order.includes(part));
  return valid ? (order as DatePart[]) : ['year', 'month', 'day'];
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The earliest year the app accepts. */
export const FIRST_YEAR = 1900;

/** Why typed date parts are not a date; `max` is the last day of the month for 'day'. */
export type DateProblem =
  | { kind: 'incomplete'; missing: DatePart[] }
  | { kind: 'month' }
  | { kind: 'day'; max: number }
  | { kind: 'year' }
  | { kind: 'future' };

export type DateReading = { ok: true; iso: string } | { ok: false; problem: DateProblem };

/** A stored YYYY-MM-DD as the numbers people type ("1988-03-04" → 4, 3, 1988). */
export function splitDate(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return EMPTY_DATE;
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const number = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN);

/**
 * Reads the three typed boxes as a real calendar date from 1900 on, and not after `latest`
 * (YYYY-MM-DD) when given. Three empty boxes are "no date" (''), which is allowed.
 */
export function readDate(parts: DateParts, latest?: string): DateReading {
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part].trim() === '');
  if (missing.length === 3) return { ok: true, iso: '' };
  if (missing.length > 0) return { ok: false, problem: { kind: 'incomplete', missing } };
  const [day, month, year] = [number(parts.day), number(parts.month), number(parts.year)];
  if (!(month >= 1 && month <= 12)) return { ok: false, problem: { kind: 'month' } };
  if (!(parts.year.trim().length === 4 && year >= FIRST_YEAR))
    return { ok: false, problem: { kind: 'year' } };
  const max = daysInMonth(year, month);
  if (!(day >= 1 && day <= max)) return { ok: false, problem: { kind: 'day', max } };
  const iso = isoOf(year, month, day);
  if (latest !== undefined && iso > latest) return { ok: false, problem: { kind: 'future' } };
  return { ok: true, iso };
}
