import { isPackLanguage } from './pack-languages';
import { readPack } from './packs';

/** A pack language's interface strings, every area (a pack is one file: no screen adds its own). */
export async function packStrings(language: string): Promise<Record<string, unknown>> {
  if (!isPackLanguage(language)) throw new Error('not a language of the app');
  return (await readPack(language)).strings;
}
