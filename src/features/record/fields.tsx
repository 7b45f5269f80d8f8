import type { ComponentChildren } from 'preact';
import { typedText } from '../../ui/typed-text';

interface FieldProps {
  id: string;
  label: ComponentChildren;
  value: string | undefined;
  onInput: (value: string) => void;
  maxLength: number;
  hint?: string | undefined;
  /** A message beside the field, announced; the field is marked invalid. */
  error?: string | undefined;
  onBlur?: () => void;
  type?: 'text' | 'tel' | 'date' | 'datetime-local';
  multiline?: boolean;
}

/**
 * A labelled box for the person's text: no autofill and no spell checking (a browser's enhanced spell
 * checker sends text to a server); invisible controls taken out as typed (src/ui/typed-text.ts).
 */
export function Field({
  id,
  label,
  value,
  onInput,
  maxLength,
  hint,
  error,
  onBlur,
  type = 'text',
  multiline,
}: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value: value ?? '',
    maxLength,
    autoComplete: 'off',
    spellcheck: false,
    'aria-describedby': described,
    'aria-invalid': Boolean(error),
    onBlur,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onInput(typedText(event.currentTarget)),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea rows={3} {...shared} />
      ) : type === 'date' || type === 'datetime-local' ? (
        <input type={type} {...shared} />
      ) : type === 'tel' ? (
        <input type="tel" dir="ltr" {...shared} />
      ) : (
        <input type="text" {...shared} />
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A question with a few answers, as radio buttons. */
export function Choice<T extends string>({
  id,
  legend,
  value,
  options,
  onChange,
}: {
  id: string;
  legend: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset id={id} class="field choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div class="choice-option" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
