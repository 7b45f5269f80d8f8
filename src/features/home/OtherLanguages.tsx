import { LANGUAGE_NAMES, isLanguage } from '../../i18n/languages';
import { PACK_CODES, PACK_LANGUAGES } from '../../i18n/pack-languages';
import { useI18n } from '../../i18n/i18n-context';

/**
 * Every other language the app has, each written in itself, as one link to Settings → Languages on this
 * phone: a Haitian family on an English phone finds "Kreyòl ayisyen" here without reading English. Below
 * the home screen's buttons, loaded once it is drawn (HomeNotes), so the first screen carries none of it.
 */
export function OtherLanguages() {
  const { language } = useI18n();
  const others = [...Object.keys(LANGUAGE_NAMES), ...PACK_CODES].filter((code) => code !== language);
  return (
    // data-later: loaded after the first screen (HomeNotes), so never in the pre-rendered home.
    <p class="other-languages" data-later>
      <a class="link-target" href="/settings">
        <span aria-hidden="true">🌐 </span>
        {others.map((code, index) => (
          <span key={code}>
            {index > 0 && ' · '}
            <span lang={code}>
              {isLanguage(code)
                ? LANGUAGE_NAMES[code]
                : PACK_LANGUAGES[code as keyof typeof PACK_LANGUAGES].name}
            </span>
          </span>
        ))}
      </a>
    </p>
  );
}
