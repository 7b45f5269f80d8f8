import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { isPackLanguage, PACK_LANGUAGES } from '../../i18n/pack-languages';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../../storage/contact-record';

/** Each language named in itself, as the language menu does. */
const nameOf = (language: MessageLanguage) =>
  isPackLanguage(language) ? PACK_LANGUAGES[language].name : LANGUAGE_NAMES[language];

/**
 * The language the alert's message goes to a contact in: English, Spanish, and each whole-app language
 * whose pack is on this phone (its pack holds the ready-made messages). A choice made before its pack was
 * removed still shows, and stays as it is when the contact is saved.
 */
export function MessageLanguageField({
  value,
  onChange,
}: {
  value: '' | MessageLanguage;
  onChange: (value: '' | MessageLanguage) => void;
}) {
  const { t } = useI18n();
  const [onPhone, setOnPhone] = useState<readonly string[]>([]);
  useEffect(() => {
    let current = true;
    // No pack (most phones): no second render, as the person may already be in the form.
    void import('../../i18n/packs')
      .then(({ packsOnPhone }) => packsOnPhone())
      .then(
        (found) => current && found.length > 0 && setOnPhone(found),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);
  const offered = MESSAGE_LANGUAGES.filter(
    (language) => !isPackLanguage(language) || onPhone.includes(language) || language === value,
  );
  return (
    <div class="field">
      <label for="contact-message-language">{t('contacts.form.messageLanguage')}</label>
      <select
        id="contact-message-language"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as '' | MessageLanguage)}
      >
        <option value="">{t('contacts.form.messageLanguageScreen')}</option>
        {offered.map((language) => (
          <option key={language} value={language} lang={language}>
            {nameOf(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
