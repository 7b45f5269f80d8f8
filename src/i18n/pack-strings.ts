import i18next from 'i18next';
import type { PackLanguage } from './pack-languages';
import { isPackLanguage } from './pack-languages';
import { unpackArea, type PackedArea, type Strings } from './packed-strings';
import { readPack } from './packs';
import { loadUiStrings } from './resources';

/** The packs whose strings are in use, each area still without its keys. */
const inUse = new Map<PackLanguage, Record<string, PackedArea>>();

/** Each packed area that has an English area here, with its keys again. */
function unpacked(packed: Record<string, PackedArea>, english: Record<string, unknown>): Strings {
  const strings: Record<string, Strings> = {};
  for (const [area, texts] of Object.entries(packed)) {
    const source = english[area];
    if (source && typeof source === 'object') strings[area] = unpackArea(texts, source as Strings);
  }
  return strings;
}

let listening: unknown;
/**
 * A screen's English strings arrive with the screen (addScreenStrings in ./i18n.ts); the pack's texts for
 * that area are keyed from them as they arrive.
 */
function followEnglish(): void {
  const store = i18next.store;
  if (!store || store === listening) return;
  listening = store;
  store.on('added', (language: string, _namespace: string, added?: unknown) => {
    if (language !== 'en' || !added || typeof added !== 'object') return;
    for (const [code, packed] of inUse)
      i18next.addResourceBundle(
        code,
        'translation',
        unpacked(packed, added as Record<string, unknown>),
        true,
        false,
      );
  });
}

/**
 * A pack language's interface strings: the first screen's areas and those of the screens already loaded;
 * each other area as its screen loads.
 */
export async function packStrings(language: string): Promise<Record<string, unknown>> {
  if (!isPackLanguage(language)) throw new Error('not a language of the app');
  const { strings } = await readPack(language);
  const loadedEnglish = i18next.store ? i18next.getResourceBundle('en', 'translation') : undefined;
  const english = {
    ...(loadedEnglish as Record<string, unknown> | undefined),
    ...(await loadUiStrings('en')),
  };
  inUse.set(language, strings);
  if (i18next.store) followEnglish();
  else i18next.once('initialized', followEnglish);
  return unpacked(strings, english);
}
