import type { MessageLanguage } from '../../storage/contact-record';
import { isPackLanguage, type PackLanguage } from '../../i18n/pack-languages';
import englishAlert from '../../../locales/en/alert.json';
import { packWordsIn, type PackWords } from './words';

/**
 * The alert's words in a pack language, from its pack on this phone (read through `readPack`, which
 * checks the build's SHA-256), or `undefined` when the pack is not on the phone, damaged, or lacks them.
 */
export async function readPackWords(language: PackLanguage): Promise<PackWords | undefined> {
  try {
    // Loaded only here: a phone with no contact set to a pack language never loads it for the alert.
    const [{ packOnPhone, readPack }, { unpackArea }] = await Promise.all([
      import('../../i18n/packs'),
      import('../../i18n/packed-strings'),
    ]);
    // Asked first: `readPack` keeps a pack it read in memory, also after Settings removed it.
    if (!(await packOnPhone(language))) return undefined;
    // A pack's texts come without their keys, in the order of English's (src/i18n/packed-strings.ts).
    const texts = (await readPack(language)).strings['alert'];
    return texts && packWordsIn(unpackArea(texts, englishAlert));
  } catch {
    return undefined;
  }
}

/** The words of each of `languages` that is a pack language whose pack is on this phone. */
export async function readAllPackWords(
  languages: Iterable<MessageLanguage>,
): Promise<Map<MessageLanguage, PackWords>> {
  const packs = [...new Set(languages)].flatMap((language) => (isPackLanguage(language) ? [language] : []));
  const found = await Promise.all(
    packs.map(async (language) => [language, await readPackWords(language)] as const),
  );
  return new Map(found.flatMap(([language, words]) => (words ? [[language, words] as const] : [])));
}
