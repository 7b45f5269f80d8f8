// A contact form field's error message, and the ids that describe its box (its hint, its error).

/** The message under the field `id`, if there is one; `describedBy` names it. */
export const fieldError = (id: string, message: string | undefined) =>
  message && (
    <p id={`${id}-error`} class="field-error">
      {message}
    </p>
  );

/** The ids that describe the box `id`: its hint, and its error while it is invalid; none: `undefined`. */
export const describedBy = (id: string, invalid: boolean, hint?: string) =>
  [hint, invalid ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
