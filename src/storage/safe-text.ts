import * as v from 'valibot';

/*
 * Text a person typed, as every store and the backup file keep it. Refused: the direction embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can turn a phone number printed beside a
 * name backwards, and the C0/C1 control characters (a multi-line field keeps line breaks and tabs).
 * Kept: ZWJ and ZWNJ, and the marks LRM, RLM and ALM, which real names and right-to-left writing need.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const BREAKS = /[\t\n\r]+/g;

/** Whether `text` holds no refused character (nor, on one line, a line break or tab). */
function isClean(text: string, multiline: boolean): boolean {
  REFUSED.lastIndex = 0;
  BREAKS.lastIndex = 0;
  return !REFUSED.test(text) && (multiline || !BREAKS.test(text));
}

/**
 * `text` without the refused characters; on one line, each run of line breaks and tabs becomes one
 * space (a name pasted from a table keeps its words apart). Nothing visible is removed.
 */
export function cleanText(text: string, multiline: boolean): string {
  const kept = text.replace(REFUSED, '');
  return multiline ? kept : kept.replace(BREAKS, ' ');
}

/** A one-line text field: no direction control, no control character, no line break or tab. */
export const safeText = v.pipe(
  v.string(),
  v.check((text) => isClean(text, false), 'holds a control character'),
);

/** A text field of several lines: as `safeText`, but line breaks and tabs are kept. */
export const safeMultilineText = v.pipe(
  v.string(),
  v.check((text) => isClean(text, true), 'holds a control character'),
);

type Walkable = v.GenericSchema & {
  pipe?: readonly unknown[];
  wrapped?: v.GenericSchema;
  options?: readonly v.GenericSchema[];
  entries?: Record<string, v.GenericSchema>;
  item?: v.GenericSchema;
};

/** A schema and every schema it is made of: its pipe, what it wraps (optional), its options (union). */
function parts(schema: Walkable): Walkable[] {
  const inner = [
    ...(schema.pipe ?? []).filter((part): part is Walkable => (part as Walkable).kind === 'schema'),
    ...(schema.wrapped ? [schema.wrapped] : []),
    ...(schema.options ?? []),
  ];
  return [schema, ...inner.filter((part) => part !== schema).flatMap(parts)];
}

/**
 * `value` with the refused characters taken out of every text field `schema` makes of `safeText` or
 * `safeMultilineText` (each by its own rule), for text that did not come through a form: a backup
 * file, records stored before the rule. Other strings, unknown keys and wrong types are left for the
 * schema to judge. Returns `value` itself when nothing changed. It walks only what the schema
 * describes, once, so a huge file costs one pass.
 */
export function cleanTexts(schema: v.GenericSchema, value: unknown): unknown {
  const all = parts(schema);
  if (typeof value === 'string') {
    const multiline = all.includes(safeMultilineText);
    return multiline || all.includes(safeText) ? cleanText(value, multiline) : value;
  }
  if (Array.isArray(value)) {
    const item = all.find((part) => part.item)?.item;
    if (!item) return value;
    const cleaned = value.map((element: unknown) => cleanTexts(item, element));
    return cleaned.some((element, index) => element !== value[index]) ? cleaned : value;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = all.find((part) => part.entries)?.entries;
    if (!entries) return value;
    const fields = Object.entries(value);
    const cleaned = fields.map(([key, field]): [string, unknown] => [
      key,
      Object.hasOwn(entries, key) && entries[key] ? cleanTexts(entries[key], field) : field,
    ]);
    // fromEntries, not assignment: a key named "__proto__" in a file stays a plain key.
    return cleaned.some(([, field], index) => field !== fields[index]?.[1])
      ? Object.fromEntries(cleaned)
      : value;
  }
  return value;
}
