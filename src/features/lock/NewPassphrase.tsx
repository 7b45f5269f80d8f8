import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { isLanguage } from '../../i18n/languages';

// A language of a pack has no word list of its own: the person's second language's (English or Spanish).
const secondLanguage = () => import('../../i18n/second-language').then((m) => m.secondLanguage());
import { PassphraseField } from './PassphraseField';
import { loadWords, wordPassphrase } from './word-passphrase';
import './strings';

/** Below this many characters a passphrase is called easy to guess (a hint, not a refusal). */
const SHORT = 12;

/** A new passphrase, typed twice, as a form holds it. */
export interface NewPassphraseState {
  next: string;
  again: string;
  shown: boolean;
}

interface Props {
  /** Prefix of the boxes' ids: `<id>-new`, `<id>-again`. */
  id: string;
  state: NewPassphraseState;
  onChange: (state: NewPassphraseState) => void;
  errors: { next?: string | undefined; again?: string | undefined };
}

/**
 * "Choose words for me" (five random words of the language shown, or of the second language, saying so, for
 * a pack's language, which has no word list), shown as typed, then the new
 * passphrase and the same again, each with its error beside it; a short one is called easy to guess.
 */
export function NewPassphrase({ id, state, onChange, errors }: Props) {
  const { t, language } = useI18n();
  const [note, setNote] = useState<string | undefined>(undefined);
  const { next, again, shown } = state;

  const chooseWords = async () => {
    try {
      const wordsIn = isLanguage(language) ? language : await secondLanguage();
      onChange({ next: wordPassphrase(await loadWords(wordsIn)), again: '', shown: true });
      // In a pack's language, the person is told the words are not in it (and in which they are).
      const which = wordsIn === 'en' ? t('lock.privacy.wordsEnglish') : t('lock.privacy.wordsSpanish');
      setNote(wordsIn === language ? t('lock.privacy.generated') : `${t('lock.privacy.generated')} ${which}`);
    } catch {
      setNote(t('lock.privacy.generateFailed')); // its chunk could not be fetched
    }
  };

  return (
    <>
      <p>
        <button type="button" class="button button-secondary" onClick={() => void chooseWords()}>
          {t('lock.privacy.generate')}
        </button>
      </p>
      <p role="status">{note}</p>
      <PassphraseField
        id={`${id}-new`}
        label={t('lock.privacy.new')}
        value={next}
        onInput={(value) => onChange({ ...state, next: value })}
        shown={shown}
        error={errors.next}
        hint={next.trim() && next.trim().length < SHORT ? t('lock.privacy.short') : undefined}
      />
      <PassphraseField
        id={`${id}-again`}
        label={t('lock.privacy.again')}
        value={again}
        onInput={(value) => onChange({ ...state, again: value })}
        shown={shown}
        error={errors.again}
      />
    </>
  );
}
