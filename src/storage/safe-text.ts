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
  return cleanText(text, multiline) === text;
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

/** What `cleanTexts` needs to know of a schema: its text rule, its list item, its object fields. */
interface Shape {
  text: 'one-line' | 'multi-line' | undefined;
  item: v.GenericSchema | undefined;
  entries: Record<string, v.GenericSchema> | undefined;
}

const shapes = new WeakMap<v.GenericSchema, Shape>();

function shapeOf(schema: v.GenericSchema): Shape {
  let shape = shapes.get(schema);
  if (!shape) {
    const all = parts(schema);
    const has = (piece: unknown) => all.some((part) => part === piece);
    shape = {
      text: has(safeMultilineText) ? 'multi-line' : has(safeText) ? 'one-line' : undefined,
      item: all.find((part) => part.item)?.item,
      entries: all.find((part) => part.entries)?.entries,
    };
    shapes.set(schema, shape);
  }
  return shape;
}

/**
 * `value` with the refused characters taken out of every text field `schema` makes of `safeText` or
 * `safeMultilineText` (each by its own rule), for text that did not come through a form: a backup
 * file, records stored before the rule. Other strings, unknown keys and wrong types are left for the
 * schema to judge. Returns `value` itself when nothing changed. It walks only what the schema
 * describes, once: a 5 MB file takes well under a second.
 */
export function cleanTexts(schema: v.GenericSchema, value: unknown): unknown {
  if (typeof value !== 'object' && typeof value !== 'string') return value;
  const { text, item, entries } = shapeOf(schema);
  if (typeof value === 'string') return text ? cleanText(value, text === 'multi-line') : value;
  if (Array.isArray(value)) {
    if (!item) return value;
    let cleaned: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const element: unknown = value[index];
      const after = cleanTexts(item, element);
      if (after !== element) (cleaned ??= [...value])[index] = after;
    }
    return cleaned ?? value;
  }
  if (value === null || !entries) return value;
  const fields = Object.entries(value);
  let changed = false;
  const cleaned = fields.map(([key, field]): [string, unknown] => {
    const after = Object.hasOwn(entries, key) && entries[key] ? cleanTexts(entries[key], field) : field;
    changed ||= after !== field;
    return [key, after];
  });
  // fromEntries, not assignment: a key named "__proto__" in a file stays a plain key.
  return changed ? Object.fromEntries(cleaned) : value;
}
