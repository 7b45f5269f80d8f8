import type { Phrase } from '../../content/guide-types';
import { useI18n } from '../../i18n/i18n-context';

/** Words to say to an agent: always the English, and its meaning in the reader's language. */
export function PhraseList({ phrases }: { phrases: readonly Phrase[] }) {
  const { t } = useI18n();
  return (
    <ul class="phrases">
      {phrases.map((phrase) => (
        <li key={phrase.english}>
          <p class="phrase-english" lang="en">
            “{phrase.english}”
          </p>
          {phrase.meaning && (
            <p class="phrase-meaning">
              <span class="label">{t('guides.meaning')}:</span> {phrase.meaning}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
