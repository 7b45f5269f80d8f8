import { loadSetting } from '../storage/settings-store';
import { detectLanguage } from './detect-language';
import { isLanguage, type Language } from './languages';
import { isPackLanguage, packLanguageFor, type AppLanguage } from './pack-languages';
import { setSecondLanguage } from './second-language';

export interface StartLanguages {
  /** The language to show. */
  language: AppLanguage;
  /** English or Spanish: what a screen the language does not cover opens in. */
  second: Language;
  /** Whether the person asked the app to remember its language on this phone (the default). */
  remember: boolean;
}

/** Never let a stuck database (another tab mid-upgrade, some browser bugs) keep the app from showing. */
const within = <T>(read: Promise<T>) =>
  Promise.race([read, new Promise<undefined>((resolve) => setTimeout(resolve, 1000))]);

/** Whether a pack language's pack is (or can now be put) on the phone. */
const usable = async (language: AppLanguage): Promise<boolean> => {
  if (isLanguage(language)) return true;
  // The packs' code only when a pack language is asked for: English and Spanish never load it.
  const { ensurePack } = await import('./packs');
  return ensurePack(language).then(
    () => true,
    () => false,
  );
};

/**
 * The language to open in: the saved choice if there is one (and, for a pack language, its pack is on
 * the phone or can be fetched), else the first of the browser's languages the app has (on a first visit,
 * its pack is downloaded: English, Spanish and the browser's language, nothing more), else English.
 */
export async function startLanguage(browserLanguages?: readonly string[]): Promise<StartLanguages> {
  const browser = browserLanguages ?? navigator.languages;
  const [saved, secondSaved, memory] = await Promise.all(
    (['language', 'secondLanguage', 'languageMemory'] as const).map((key) => within(loadSetting(key))),
  );
  const value = (result: typeof saved) => (result?.ok ? result.value : undefined);
  const chosen = value(saved);
  const secondChoice = value(secondSaved);
  const second = isLanguage(secondChoice) ? secondChoice : detectLanguage(browser);
  setSecondLanguage(second);
  const remember = value(memory) !== 'off';
  if ((isLanguage(chosen) || isPackLanguage(chosen)) && (await usable(chosen)))
    return { language: chosen, second, remember };
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return { language: primary, second, remember };
    const pack = packLanguageFor(tag);
    if (pack && (await usable(pack))) return { language: pack, second, remember };
  }
  return { language: 'en', second, remember };
}
