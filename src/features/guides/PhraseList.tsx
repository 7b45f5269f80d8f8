import type { Phrase } from '../../content/guide-types';
import { useI18n } from '../../i18n/i18n-context';
import { speak, useVoice } from './use-voice';

/**
 * Words to say to an agent: always the English, and its meaning in the reader's language. Each can be
 * read aloud where the phone has a local voice for it; without one, its button is not there.
 */
export function PhraseList({
  phrases,
  idPrefix = 'phrase',
}: {
  phrases: readonly Phrase[];
  idPrefix?: string;
}) {
  // Inside InLanguage (a core language's untranslated part) this is the language the meanings are in.
  const { t, language } = useI18n();
  const own = language === 'en' ? undefined : language;
  // The English is for people who may not be sure how to say it; the meaning, for people who read little.
  const englishVoice = useVoice(own ? 'en' : undefined);
  const ownVoice = useVoice(own);
  return (
    <ul class="phrases">
      {phrases.map(({ english, meaning }, index) => (
        <li key={english}>
          <p class="phrase-english" lang="en" id={`${idPrefix}-${index}`}>
            “{english}”
          </p>
          {meaning && (
            <p class="phrase-meaning" id={`${idPrefix}-${index}-meaning`}>
              <span class="label">{t('guides.meaning')}:</span> {meaning}
            </p>
          )}
          {englishVoice && (
            <button
              type="button"
              class="button button-secondary read-aloud"
              aria-describedby={`${idPrefix}-${index}`}
              onClick={() => speak(english, englishVoice)}
            >
              {t('guides.readAloud')}
            </button>
          )}
          {ownVoice && meaning && (
            <button
              type="button"
              class="button button-secondary read-aloud"
              aria-describedby={`${idPrefix}-${index}-meaning`}
              onClick={() => speak(meaning, ownVoice)}
            >
              {t('guides.readAloudOwn')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
