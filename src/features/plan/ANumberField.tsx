import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { isolatedIn } from '../../ui/isolated';
import { countDigits, formatANumber, readANumber } from './a-number';

interface Props {
  id: string;
  /** The saved digits (8 or 9), or ''. */
  value: string;
  onChange: (digits: string) => void;
  /** A child: the detainee locator does not show anyone under 18, so the hint says so. */
  isChild?: boolean;
}

/**
 * The A-number as people write it (with "A", spaces or dashes). What is typed stays on screen;
 * only a valid number (or an empty box) is passed on, so while the text is not a number the
 * last good one stays saved. A wrong letter is said at once, a wrong length when focus leaves.
 */
export function ANumberField({ id, value, onChange, isChild = false }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatANumber(value));
  const [left, setLeft] = useState(false);
  const reading = readANumber(text);

  // The saved number changed from outside this box (another tab): show it.
  useEffect(() => {
    const shown = readANumber(text);
    if (!(shown.ok && shown.digits === value)) {
      setText(formatANumber(value));
      setLeft(false);
    }
    // Only a new saved value may replace what is typed, never a keystroke.
  }, [value]);

  const problem = !reading.ok && (left || reading.problem === 'characters') ? reading.problem : undefined;
  const saved = reading.ok && reading.digits !== '' ? formatANumber(reading.digits) : '';
  // Say how it is saved when that differs from what is on screen (e.g. 8 digits get a leading 0).
  const savedNote = saved !== '' && saved !== text.trim().toUpperCase() ? saved : '';
  const described = [`${id}-hint`, problem && `${id}-error`, savedNote && `${id}-saved`].filter(Boolean);

  return (
    <div class="field">
      <label for={id}>{t('plan.household.aNumber')}</label>
      <input
        id={id}
        type="text"
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        maxLength={40}
        value={text}
        aria-invalid={Boolean(problem)}
        aria-describedby={described.join(' ')}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          const read = readANumber(typed);
          if (read.ok && read.digits !== value) onChange(read.digits);
        }}
        onBlur={() => setLeft(true)}
      />
      <p id={`${id}-hint`} class="hint">
        {isChild ? t('plan.household.aNumberHintChild') : t('plan.household.aNumberHint')}
      </p>
      {problem && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {problem === 'characters'
            ? t('plan.household.aNumberErrors.characters')
            : t('plan.household.aNumberErrors.length', { digits: countDigits(text) })}
        </p>
      )}
      {savedNote && (
        <p id={`${id}-saved`} class="hint">
          {isolatedIn(
            (number) =>
              t(
                reading.ok && reading.digits.length === 8
                  ? 'plan.household.aNumberPadded'
                  : 'plan.household.aNumberSaved',
                { number },
              ),
            savedNote,
            'ltr',
          )}
        </p>
      )}
    </div>
  );
}
