import { describe, expect, it } from 'vitest';
import { compareDigits, groupDigits, groupSizes } from '../../src/features/practice/compare-digits';

const US = '+12135550100';
const MEXICO = '+525512345678';

describe('comparing a number typed from memory', () => {
  it.each([
    '2135550100',
    '213-555-0100',
    '(213) 555-0100',
    '213.555.0100',
    '1 213 555 0100',
    '+1 (213) 555-0100',
    ' 213 555 0100 ',
  ])('counts %j as right for (213) 555-0100', (typed) => {
    expect(compareDigits(typed, US)).toMatchObject({ right: true, typed: '2135550100', wrong: 0 });
  });

  it.each(['+52 55 1234 5678', '011 52 55 1234 5678', '52 55 1234 5678'])(
    'counts %j as right for a number in Mexico',
    (typed) => {
      expect(compareDigits(typed, MEXICO)).toMatchObject({ right: true, expected: '525512345678' });
    },
  );

  it('needs the country code of a number abroad: it is dialled from the U.S.', () => {
    const result = compareDigits('55 1234 5678', MEXICO);
    expect(result).toMatchObject({ right: false, missing: 2, wrong: 0, extra: 0 });
    expect(result.cells.slice(0, 2)).toEqual([
      { kind: 'missing', digit: '5' },
      { kind: 'missing', digit: '2' },
    ]);
  });

  it('finds one wrong digit in its place', () => {
    const result = compareDigits('213 555 0110', US);
    expect(result).toMatchObject({ right: false, wrong: 1, missing: 0, extra: 0 });
    expect(result.cells[8]).toEqual({ kind: 'wrong', digit: '0', typed: '1' });
    expect(result.cells.filter((cell) => cell.kind === 'same')).toHaveLength(9);
  });

  it('finds a left-out digit as missing, not as every later digit wrong', () => {
    const result = compareDigits('213 55 0100', US);
    expect(result).toMatchObject({ right: false, wrong: 0, missing: 1, extra: 0 });
    expect(result.cells).toHaveLength(10);
    expect(result.cells.filter((cell) => cell.kind === 'missing')).toEqual([{ kind: 'missing', digit: '5' }]);
  });

  it('finds a digit typed twice as extra', () => {
    const result = compareDigits('213 555 50100', US);
    expect(result).toMatchObject({ right: false, wrong: 0, missing: 0, extra: 1 });
    expect(result.cells.filter((cell) => cell.kind === 'extra')).toEqual([{ kind: 'extra', typed: '5' }]);
  });

  it('finds two swapped digits as two wrong ones', () => {
    const result = compareDigits('213 555 1000', US);
    expect(result).toMatchObject({ right: false, wrong: 2, missing: 0, extra: 0 });
  });

  it('reads the leading 1 of a U.S. number as the country code even when a digit is missing', () => {
    expect(compareDigits('1 213 555 010', US)).toMatchObject({ typed: '213555010', missing: 1, wrong: 0 });
  });

  it('shows every digit as missing when nothing like a digit was typed', () => {
    expect(compareDigits('call Ana', US)).toMatchObject({ right: false, typed: '', missing: 10 });
  });
});

describe('writing digits in the groups of the real number', () => {
  it('follows the groups of the written number', () => {
    expect(groupSizes('(213) 555-0100')).toEqual([3, 3, 4]);
    expect(groupSizes('+52 55 1234 5678')).toEqual([2, 2, 4, 4]);
    expect(groupDigits('2135550110', [3, 3, 4])).toBe('213 555 0110');
    expect(groupDigits('525512345678', [2, 2, 4, 4])).toBe('52 55 1234 5678');
  });

  it('keeps a shorter or longer typed number readable', () => {
    expect(groupDigits('21355501', [3, 3, 4])).toBe('213 555 01');
    expect(groupDigits('213555010099', [3, 3, 4])).toBe('213 555 0100 99');
    expect(groupDigits('', [3, 3, 4])).toBe('');
  });
});
