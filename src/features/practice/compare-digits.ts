/** One place in the digit-by-digit comparison of a typed number with the real one. */
export type DigitCell =
  | { kind: 'same'; digit: string }
  | { kind: 'wrong'; digit: string; typed: string }
  | { kind: 'missing'; digit: string }
  | { kind: 'extra'; typed: string };

export interface Comparison {
  right: boolean;
  /** The digits as compared: what was typed, and the number, without prefixes a caller may leave out. */
  typed: string;
  expected: string;
  cells: DigitCell[];
  wrong: number;
  missing: number;
  extra: number;
}

/**
 * The digits a person must know to dial a stored number (E.164) from the U.S.: the 10 digits of a
 * U.S. (North American) number, or the country code and number of one abroad.
 */
export function digitsToKnow(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  return e164.startsWith('+1') ? digits.slice(1) : digits;
}

/**
 * Compares a number typed from memory with the stored one, ignoring spaces, dashes, dots and
 * parentheses, and the prefixes that dial the same number: a leading +1 or 1 for a U.S. number,
 * + or 011 for one abroad. Missing and extra digits are found as such, not as a shifted run of wrong ones.
 */
export function compareDigits(typedText: string, e164: string): Comparison {
  const expected = digitsToKnow(e164);
  const typed = withoutDialPrefix(typedText.replace(/\D/g, ''), e164);
  const cells = align(typed, expected);
  const count = (kind: DigitCell['kind']) => cells.filter((cell) => cell.kind === kind).length;
  const [wrong, missing, extra] = [count('wrong'), count('missing'), count('extra')];
  return { right: wrong + missing + extra === 0, typed, expected, cells, wrong, missing, extra };
}

function withoutDialPrefix(typed: string, e164: string): string {
  // No U.S. area code starts with 1, so a leading 1 is always the country code.
  if (e164.startsWith('+1')) return typed.startsWith('1') ? typed.slice(1) : typed;
  return typed.startsWith('011') ? typed.slice(3) : typed;
}

/** The fewest changes that turn `typed` into `expected` (edit distance), as cells in reading order. */
function align(typed: string, expected: string): DigitCell[] {
  const rows = typed.length + 1;
  const cols = expected.length + 1;
  // cost[i][j]: changes to turn typed[i..] into expected[j..]
  const cost = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  const at = (i: number, j: number) => cost[i]?.[j] ?? 0;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const row = cost[i] as number[];
      if (i === typed.length) row[j] = expected.length - j;
      else if (j === expected.length) row[j] = typed.length - i;
      else
        row[j] = Math.min(
          at(i + 1, j + 1) + (typed[i] === expected[j] ? 0 : 1),
          at(i, j + 1) + 1,
          at(i + 1, j) + 1,
        );
    }
  }
  const cells: DigitCell[] = [];
  let i = 0;
  let j = 0;
  while (i < typed.length || j < expected.length) {
    const t = typed[i];
    const e = expected[j];
    const here = at(i, j);
    // Among equally short explanations: a wrong digit rather than a missing one plus an extra one,
    // and a gap before a run of matching digits (a forgotten country code shows as its own digits).
    if (t !== undefined && e !== undefined && t !== e && here === at(i + 1, j + 1) + 1) {
      cells.push({ kind: 'wrong', digit: e, typed: t });
      i++;
      j++;
    } else if (e !== undefined && here === at(i, j + 1) + 1) {
      cells.push({ kind: 'missing', digit: e });
      j++;
    } else if (t !== undefined && here === at(i + 1, j) + 1) {
      cells.push({ kind: 'extra', typed: t });
      i++;
    } else if (t !== undefined && e !== undefined) {
      cells.push({ kind: 'same', digit: e });
      i++;
      j++;
    } else break;
  }
  return cells;
}

/** The sizes of the digit groups in a number as written, e.g. [3, 3, 4] for "(213) 555-0100". */
export function groupSizes(written: string): number[] {
  return (written.match(/\d+/g) ?? []).map((group) => group.length);
}

/**
 * Digits in the groups of the real number, so a typed number lines up with it when read:
 * "213 555 0110" beside "213 555 0100". Digits beyond the groups form one last group.
 */
export function groupDigits(digits: string, sizes: number[]): string {
  const groups: string[] = [];
  let rest = digits;
  for (const size of sizes) {
    if (!rest) break;
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (rest) groups.push(rest);
  return groups.join(' ');
}
