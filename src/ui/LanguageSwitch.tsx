import { useI18n } from '../i18n/i18n-context';
import { LANGUAGES, LANGUAGE_NAMES } from '../i18n/languages';

/**
 * Each language written in itself, so anyone can find their own: English and Spanish, and a globe to
 * every other language (Settings → Languages on this phone, where a pack language shows as chosen).
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
      {/* Settings opens on its languages: every other one, and the person's when it is not these two. */}
      <a class="more-languages" href="/settings" aria-label={t('common.languageLabel')}>
        🌐
      </a>
    </div>
  );
}
