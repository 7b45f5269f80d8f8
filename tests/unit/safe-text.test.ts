import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ContactSchema, type Contact } from '../../src/storage/contact-record';
import { PLAN_SECTIONS, planRecordSchema, type PlanRecord } from '../../src/storage/plan-record';
import { cleanText, cleanTexts, safeMultilineText, safeText } from '../../src/storage/safe-text';

/** Every direction embedding, override and isolate, and samples of C0 and C1 controls. */
const REFUSED = [
  ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b'],
];
/** What real names and right-to-left writing need: ZWJ, ZWNJ, LRM, RLM, ALM. */
const KEPT = ['\u200d', '\u200c', '\u200e', '\u200f', '\u061c'];

const ana: Contact = {
  id: 'ana',
  name: 'Ana',
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 0,
};

describe('text a person typed', () => {
  it('refuses each direction control and control character, in one-line and multi-line fields', () => {
    for (const char of REFUSED) {
      expect(v.is(safeText, `Ana${char}María`), escape(char)).toBe(false);
      expect(v.is(safeMultilineText, `Ana${char}María`), escape(char)).toBe(false);
    }
  });

  it('keeps the joiners and direction marks real names need', () => {
    for (const char of KEPT) expect(v.is(safeText, `محمد${char}علي`), escape(char)).toBe(true);
    expect(v.is(safeText, 'María José Núñez')).toBe(true);
  });

  it('allows line breaks and tabs only where a field has several lines', () => {
    for (const text of ['one\ntwo', 'one\r\ntwo', 'a\tb']) {
      expect(v.is(safeText, text)).toBe(false);
      expect(v.is(safeMultilineText, text)).toBe(true);
    }
  });

  it('cleans a text to what the schema accepts, keeping every visible character', () => {
    const typed = '\u202eAna\u2066 María\u2069\u200f\u0007';
    expect(cleanText(typed, false)).toBe('Ana María\u200f');
    expect(cleanText('Ana\r\n\tMaría', false)).toBe('Ana María');
    expect(cleanText('line one\r\nline\ttwo\u202e', true)).toBe('line one\r\nline\ttwo');
  });

  it('guards every stored text: a contact name, its notes, and every text of every plan section', () => {
    expect(v.is(ContactSchema, { ...ana, name: 'Ana\u202e' })).toBe(false);
    expect(v.is(ContactSchema, { ...ana, languages: '\u2067Español' })).toBe(false);
    expect(v.is(ContactSchema, { ...ana, notes: 'Key\u0000' })).toBe(false);
    expect(v.is(ContactSchema, { ...ana, notes: 'Line one\nLine two' })).toBe(true);

    // Every string field of every section, found by filling each in turn with a refused character.
    let texts = 0;
    for (const section of PLAN_SECTIONS) {
      for (const path of textPaths(section)) {
        texts += 1;
        const record = withText(section, path, 'x\u202e');
        expect(v.is(planRecordSchema(section), record), `${section} ${path.join('.')}`).toBe(false);
        const cleaned = cleanTexts(planRecordSchema(section), record);
        expect(v.is(planRecordSchema(section), cleaned), `${section} ${path.join('.')}`).toBe(true);
      }
    }
    expect(texts).toBe(21);
  });

  it('cleans a record by its schema: each field by its own rule, ids and unknown keys left to the schema', () => {
    const dirty = { ...ana, name: 'Ana\tRuiz\u202e', notes: 'Line one\n\u2066Line two', extra: 'x\u202e' };
    expect(cleanTexts(ContactSchema, dirty)).toEqual({
      ...ana,
      name: 'Ana Ruiz',
      notes: 'Line one\nLine two',
      extra: 'x\u202e',
    });
    // Not a text field: still refused as it came.
    expect(cleanTexts(ContactSchema, { ...ana, id: 'an\u202ea' })).toMatchObject({ id: 'an\u202ea' });
    // Unchanged values come back as they were, and nothing that is not the shape throws.
    expect(cleanTexts(ContactSchema, ana)).toBe(ana);
    for (const odd of [null, 0, [], 'text', [{}], { name: 5 }])
      expect(cleanTexts(ContactSchema, odd)).toBe(odd);
    const proto = JSON.parse('{"__proto__": "x\u202e", "name": "A\u202e"}') as object;
    expect(Object.keys(cleanTexts(ContactSchema, proto) as object)).toEqual(['__proto__', 'name']);
  });
});

function escape(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A full record of a section with one entry in each list, every string field empty. */
function fullRecord(section: (typeof PLAN_SECTIONS)[number]): PlanRecord<typeof section> {
  const schema = planRecordSchema(section).entries.data;
  const fill = (entries: Record<string, v.GenericSchema>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(entries).map(([key, field]) => {
        const part = field as v.GenericSchema & { item?: { entries?: Record<string, v.GenericSchema> } };
        if (part.item?.entries) return [key, [fill(part.item.entries)]];
        if (field.expects === 'boolean') return [key, false];
        return [key, key === 'id' || key === 'childId' ? 'id-1' : ''];
      }),
    );
  return { skipped: false, data: fill(schema.entries) } as PlanRecord<typeof section>;
}

/** The paths of a section's free text fields: strings that accept "x y" (not ids, dates or answers). */
function textPaths(section: (typeof PLAN_SECTIONS)[number]): string[][] {
  const record = fullRecord(section);
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (v.is(planRecordSchema(section), withText(section, path, 'x y'))) paths.push(path);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(record.data, ['data']);
  return paths;
}

function withText(section: (typeof PLAN_SECTIONS)[number], path: string[], text: string): unknown {
  const record = structuredClone(fullRecord(section)) as unknown as Record<string, unknown>;
  let at: Record<string, unknown> = record;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1) ?? ''] = text;
  return record;
}
