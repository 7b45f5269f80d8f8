import { useI18n } from '../i18n/i18n-context';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';

/**
 * English and Spanish, each written in itself. Every other language is in Settings → Languages on this
 * phone, which the home screen names them all to (src/features/home/OtherLanguages.tsx): the top bar keeps
 * to one row of 44 px targets on a 360 px phone.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div class="language-switch" role="group" aria-label={t('common.languageLabel')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => void setLanguage(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
