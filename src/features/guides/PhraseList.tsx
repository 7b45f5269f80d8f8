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
  // `language` is the one the meanings are in; `page`, a core language's around its untranslated part.
  const { t, language, page = language } = useI18n();
  // The English is for people who may not be sure how to say it; the meaning, for people who read little.
  const englishVoice = useVoice(page === 'en' ? undefined : 'en');
  const ownVoice = useVoice(language === 'en' ? undefined : language);
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
          {(englishVoice || (ownVoice && meaning)) && (
            <div class="read-aloud">
              {englishVoice && (
                <button
                  type="button"
                  class="button button-secondary"
                  aria-describedby={`${idPrefix}-${index}`}
                  onClick={() => speak(english, englishVoice)}
                >
                  {t('guides.readAloud')}
                </button>
              )}
              {ownVoice && meaning && (
                <button
                  type="button"
                  class="button button-secondary"
                  aria-describedby={`${idPrefix}-${index}-meaning`}
                  onClick={() => speak(meaning, ownVoice)}
                >
                  {t('guides.readAloudOwn')}
                </button>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
