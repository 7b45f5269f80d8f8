/**
 * A language pack's interface strings without their keys. Every language has English's keys (a test keeps
 * them in step), so a pack need not carry them: each area is a list of its texts in the order of the
 * English area's keys, a nested list for a nested group (a list of texts stays as it is), and, for a
 * plural (`found_one`, `found_other`), one object holding the pack's own forms (`{ "zero": …, "few": … }`:
 * languages have different ones). The phone puts the keys back from the English strings it already has
 * (src/i18n/pack-strings.ts). The keys were about a fifth of a pack, compressed.
 */
export type PackedText = string | null | Readonly<Record<string, string>> | PackedArea;
export type PackedArea = readonly PackedText[];
export interface Strings {
  readonly [key: string]: string | Strings;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A plural form's base key (`found` for `found_one`), or undefined for another key. */
function pluralBase(key: string, value: unknown): string | undefined {
  const form = typeof value === 'string' ? PLURAL.exec(key) : null;
  return form ? key.slice(0, form.index) : undefined;
}

/** The build's side: `strings`' texts in the order of `english`'s keys (null where one is missing). */
export function packArea(strings: Strings, english: Strings): PackedArea {
  const packed: PackedText[] = [];
  const plurals = new Set<string>();
  for (const [key, value] of Object.entries(english)) {
    const base = pluralBase(key, value);
    if (base !== undefined) {
      if (plurals.has(base)) continue;
      plurals.add(base);
      const forms = Object.entries(strings).filter(([own, text]) => pluralBase(own, text) === base);
      packed.push(
        Object.fromEntries(forms.map(([own, text]) => [own.slice(base.length + 1), text as string])),
      );
    } else {
      const own = strings[key];
      if (typeof value === 'string') packed.push(typeof own === 'string' ? own : null);
      else if (Array.isArray(value))
        packed.push(Array.isArray(own) ? (own as PackedArea) : null); // a list: as it is
      else packed.push(own !== undefined && typeof own !== 'string' ? packArea(own, value) : null);
    }
  }
  return packed;
}

/** The phone's side: an area's strings with their keys again, from the same English area. */
export function unpackArea(packed: PackedArea, english: Strings): Strings {
  const strings: Record<string, string | Strings> = {};
  const plurals = new Set<string>();
  let at = 0;
  for (const [key, value] of Object.entries(english)) {
    const base = pluralBase(key, value);
    if (base !== undefined && plurals.has(base)) continue;
    const text = packed[at++];
    if (base !== undefined) {
      plurals.add(base);
      if (text && typeof text === 'object' && !Array.isArray(text))
        for (const [form, own] of Object.entries(text as Record<string, string>))
          strings[`${base}_${form}`] = own;
    } else if (typeof text === 'string' && typeof value === 'string') strings[key] = text;
    else if (Array.isArray(value))
      strings[key] = text as unknown as Strings; // a list of texts, as it is
    else if (Array.isArray(text) && typeof value !== 'string') strings[key] = unpackArea(text, value);
  }
  return strings;
}
