import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { dateOrder, readDate, splitDate, type DatePart, type DateProblem } from './date-parts';

interface Props {
  id: string;
  legend: string;
  /** YYYY-MM-DD, or '' for no date. */
  value: string;
  onChange: (value: string) => void;
  /** The latest date allowed (YYYY-MM-DD), e.g. today for a birth date. */
  latest?: string | undefined;
  hint?: string | undefined;
}

/** The boxes a problem is about, marked invalid. */
function invalidParts(problem: DateProblem): DatePart[] {
  if (problem.kind === 'incomplete') return problem.missing;
  return [problem.kind === 'future' ? 'year' : problem.kind];
}

/**
 * A date as three numeric boxes in the order people write it in the current language (month,
 * day, year in English; día, mes, año in Spanish). What is typed stays on screen; only a real
 * date (or three empty boxes) is passed on, so while the boxes are not a date the last good
 * date stays saved. The message shows once focus leaves the boxes, or once all three are filled.
 */
export function DateField({ id, legend, value, onChange, latest, hint }: Props) {
  const { t } = useI18n();
  const [parts, setParts] = useState(() => splitDate(value));
  const [left, setLeft] = useState(false);
  const reading = readDate(parts, latest);

  // The saved date changed from outside these boxes ("today" button, another tab): show it.
  useEffect(() => {
    const shown = readDate(parts, latest);
    if (!(shown.ok && shown.iso === value)) {
      setParts(splitDate(value));
      setLeft(false);
    }
    // Only a new saved value may replace what is typed, never a keystroke.
  }, [value]);

  const allFilled = Object.values(parts).every((part) => part.trim() !== '');
  const problem = !reading.ok && (left || allFilled) ? reading.problem : undefined;
  const invalid = problem ? invalidParts(problem) : [];
  const errorId = `${id}-error`;

  const type = (part: DatePart, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const read = readDate(next, latest);
    if (read.ok && read.iso !== value) onChange(read.iso);
  };

  return (
    <fieldset
      id={id}
      class="field date-field"
      aria-describedby={hint ? `${id}-hint` : undefined}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setLeft(true);
      }}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <div class="date-parts">
        {dateOrder(t('plan.date.order')).map((part) => (
          <div class={`date-part date-${part}`} key={part}>
            <label for={`${id}-${part}`}>{t(`plan.date.${part}`)}</label>
            <input
              id={`${id}-${part}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellcheck={false}
              maxLength={part === 'year' ? 4 : 2}
              value={parts[part]}
              aria-invalid={invalid.includes(part)}
              aria-describedby={problem ? errorId : undefined}
              onInput={(event) => type(part, event.currentTarget.value)}
            />
          </div>
        ))}
      </div>
      {problem && (
        <p id={errorId} class="field-error" role="alert">
          {problem.kind === 'day'
            ? t('plan.date.errors.day', { max: problem.max })
            : t(`plan.date.errors.${problem.kind}`)}
        </p>
      )}
    </fieldset>
  );
}
