import { useI18n } from '../../i18n/i18n-context';
import { groupSizes, type Comparison, type DigitCell } from './compare-digits';

const MARKS: Record<DigitCell['kind'], string> = { same: '✓', wrong: '✗', missing: '+', extra: '−' };

interface Props {
  comparison: Comparison;
  /** The number as written, whose digit groups the comparison follows. */
  written: string;
}

/**
 * The number digit by digit beside what was typed. Each place carries a mark (✓ ✗ + −) and a border
 * style, not only a colour; screen readers hear each place in words ("0: you typed 1").
 */
export function DigitComparison({ comparison, written }: Props) {
  const { t } = useI18n();
  // A little space after each group of the number (213 555 0100), counted in places of the number.
  const groupEnds = new Set<number>();
  let end = 0;
  for (const size of groupSizes(written)) groupEnds.add((end += size));
  let place = 0;

  return (
    <figure class="digit-compare">
      <figcaption>{t('practice.result.digits')}</figcaption>
      <ol>
        {comparison.cells.map((cell, index) => {
          if (cell.kind !== 'extra') place += 1;
          const groupEnd = cell.kind !== 'extra' && groupEnds.has(place);
          return (
            <li key={index} class={`digit digit-${cell.kind}${groupEnd ? ' group-end' : ''}`}>
              <span class="digit-typed" aria-hidden="true">
                {cell.kind === 'wrong' || cell.kind === 'extra' ? <s>{cell.typed}</s> : ' '}
              </span>
              <span class="digit-real" aria-hidden="true">
                {cell.kind === 'extra' ? ' ' : cell.digit}
              </span>
              <span class="digit-mark" aria-hidden="true">
                {MARKS[cell.kind]}
              </span>
              <span class="visually-hidden">{describe(t, cell)}</span>
            </li>
          );
        })}
      </ol>
      {/* What the marks mean to the eye; screen readers hear each place in words instead. */}
      <p class="digit-legend" aria-hidden="true">
        {t('practice.result.legend')}
      </p>
    </figure>
  );
}

function describe(t: ReturnType<typeof useI18n>['t'], cell: DigitCell): string {
  switch (cell.kind) {
    case 'same':
      return t('practice.result.cellSame', { digit: cell.digit });
    case 'wrong':
      return t('practice.result.cellWrong', { digit: cell.digit, typed: cell.typed });
    case 'missing':
      return t('practice.result.cellMissing', { digit: cell.digit });
    case 'extra':
      return t('practice.result.cellExtra', { typed: cell.typed });
  }
}
