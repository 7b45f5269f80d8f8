import type { AppLanguage } from '../../i18n/pack-languages';

// Speech engines name a voice's language by a tag: `fr-FR`, `fr-CA`, on old Android `fr_FR`; Filipino
// voices say `fil`, some Mandarin ones `cmn`.
const SAME_LANGUAGE: Readonly<Record<string, string>> = { fil: 'tl', cmn: 'zh' };
// The region a person reading the app most likely hears: the guides speak of the United States.
const PREFERRED: Readonly<Partial<Record<AppLanguage, string>>> = {
  en: 'en-us',
  es: 'es-us',
  'pt-BR': 'pt-br',
  'zh-Hans': 'zh-cn',
};

/**
 * Whether a voice whose language is `tag` reads text written in `language`: the same language, whatever
 * the region (`pt-PT` reads Brazilian Portuguese, `zh-TW` simplified Chinese in Mandarin), except
 * Chinese voices of Hong Kong and Macau, which speak Cantonese.
 */
export function speaks(tag: string, language: AppLanguage): boolean {
  const [first = '', ...rest] = normal(tag).split('-');
  const wanted = language.toLowerCase().split('-')[0];
  if ((SAME_LANGUAGE[first] ?? first) !== wanted) return false;
  return wanted !== 'zh' || !rest.some((part) => part === 'hk' || part === 'mo');
}

/**
 * A voice of the device's own speech engine for `language`, the region the guides are written for
 * first; `undefined` where there is none. Only local voices: a network voice would send the text off
 * the phone.
 */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  language: AppLanguage,
): SpeechSynthesisVoice | undefined {
  const fitting = voices.filter((voice) => voice.localService && speaks(voice.lang, language));
  const region = PREFERRED[language];
  return fitting.find((voice) => normal(voice.lang) === region) ?? fitting[0];
}

function normal(tag: string): string {
  return tag.toLowerCase().replaceAll('_', '-');
}
