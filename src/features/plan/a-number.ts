import { A_NUMBER_DIGITS } from '../../storage/plan-record';

/** Why a typed A-number cannot be saved. */
export type ANumberProblem = 'characters' | 'length';

export type ANumberReading = { ok: true; digits: string } | { ok: false; problem: ANumberProblem };

// Spaces, dots and every kind of dash people type or paste between the groups of digits.
const SEPARATORS = /[\s.\u002d\u2010-\u2015\u2212]/g;

/**
 * Reads an A-number as people write it ("A-123-456-789", "a 12345678", "123 456 789") and
 * gives its 8 or 9 digits; '' when nothing was typed.
 */
export function readANumber(text: string): ANumberReading {
  const compact = text.replace(SEPARATORS, '').replace(/^a#?/i, '');
  if (compact === '') return text.trim() === '' ? { ok: true, digits: '' } : { ok: false, problem: 'length' };
  if (!/^\d+$/.test(compact)) return { ok: false, problem: 'characters' };
  if (!A_NUMBER_DIGITS.test(compact)) return { ok: false, problem: 'length' };
  return { ok: true, digits: compact };
}

/** How many digits a typed A-number has, for the message that says so. */
export function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}

/**
 * Stored digits written as A-123-456-789. An 8-digit number gets a leading zero: the ICE
 * detainee locator asks for all 9 digits.
 */
export function formatANumber(digits: string): string {
  if (digits === '') return '';
  const nine = digits.padStart(9, '0');
  return `A-${nine.slice(0, 3)}-${nine.slice(3, 6)}-${nine.slice(6)}`;
}
