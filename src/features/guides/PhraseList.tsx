import type { Phrase } from '../../content/guide-types';
import { useI18n } from '../../i18n/i18n-context';
import { speak, useEnglishVoice } from './use-english-voice';

/** Words to say to an agent: always the English, and its meaning in the reader's language. */
export function PhraseList({
  phrases,
  idPrefix = 'phrase',
}: {
  phrases: readonly Phrase[];
  idPrefix?: string;
}) {
  const { t, language } = useI18n();
  // Read aloud is for people who may not be sure how to say the English; hidden without a local voice.
  const voice = useEnglishVoice();
  return (
    <ul class="phrases">
      {phrases.map((phrase, index) => (
        <li key={phrase.english}>
          <p class="phrase-english" lang="en" id={`${idPrefix}-${index}`}>
            “{phrase.english}”
          </p>
          {phrase.meaning && (
            <p class="phrase-meaning">
              <span class="label">{t('guides.meaning')}:</span> {phrase.meaning}
            </p>
          )}
          {voice && language !== 'en' && (
            <button
              type="button"
              class="button button-secondary read-aloud"
              aria-describedby={`${idPrefix}-${index}`}
              onClick={() => speak(phrase.english, voice)}
            >
              {t('guides.readAloud')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
