import i18next from 'i18next';
import { useI18n } from '../../i18n/i18n-context';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/languages';
import { isPackLanguage, PACK_LANGUAGES } from '../../i18n/pack-languages';
import type { ImportMode, SettingsChoice } from '../../storage/backup/import';
import type { ImportPreview, SettingChange } from '../../storage/backup/preview';
import { formatPhone } from '../../shared/phone';
import { PhoneCountry } from '../../ui/PhoneCountry';

interface Props {
  preview: ImportPreview;
  mode: ImportMode;
  settingsChoice: SettingsChoice;
  onSettingsChoice: (choice: SettingsChoice) => void;
  disabled: boolean;
}

/**
 * What a file would change that a person relies on in a crisis, shown before anything is written: each
 * setting (old → new), with the choice to take the file's or keep this phone's (the default), and each
 * lawyer or rapid-response contact it adds or changes. A file may come from someone else.
 */
export function ImportChanges({ preview, mode, settingsChoice, onSettingsChoice, disabled }: Props) {
  const { t, language } = useI18n();
  const settings = preview.settings[mode];
  // Old, then new: the arrow points the way the language reads (Arabic and Urdu, right to left).
  const arrow = i18next.dir(language) === 'rtl' ? '←' : '→';
  // Numbers are isolated left-to-right text, names isolated too: neither can reorder the sentence.
  // The local line of an older file is among the calling contacts below (src/storage/local-line.ts).
  const shown = (_: SettingChange, value: string | undefined) =>
    value === undefined ? (
      t('backup.import.changes.none')
    ) : (
      <bdi>
        {isLanguage(value)
          ? LANGUAGE_NAMES[value]
          : isPackLanguage(value)
            ? PACK_LANGUAGES[value].name
            : value}
      </bdi>
    );

  return (
    <>
      {settings.length > 0 && (
        <fieldset class="data-choice" disabled={disabled} data-testid="import-settings">
          <legend>{t('backup.import.changes.settingsTitle')}</legend>
          <ul class="data-changes">
            {settings.map((change) => (
              <li key={change.key}>
                {t(`backup.import.changes.${change.key}`)}: {shown(change, change.now)} {arrow}{' '}
                {shown(change, change.file)}
              </li>
            ))}
          </ul>
          {(['keep', 'take'] as const).map((choice) => (
            <div key={choice} class="data-option">
              <input
                type="radio"
                id={`data-import-settings-${choice}`}
                name="data-import-settings"
                value={choice}
                checked={settingsChoice === choice}
                onChange={() => onSettingsChoice(choice)}
              />
              <label for={`data-import-settings-${choice}`}>{t(`backup.import.changes.${choice}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {preview.callingContacts.length > 0 && (
        <div class="data-calling" data-testid="import-calling">
          <h4>{t('backup.import.changes.callingTitle')}</h4>
          <p class="data-warning">{t('backup.import.changes.callingCheck')}</p>
          <ul class="data-changes">
            {preview.callingContacts.map((contact, index) => (
              <li key={index}>
                <bdi>{contact.name}</bdi> ({t(`backup.import.changes.role.${contact.role}`)}):{' '}
                {contact.phones.map((phone, at) => (
                  <span key={phone}>
                    {at > 0 && ', '}
                    <bdi dir="ltr">{formatPhone(phone)}</bdi> <PhoneCountry phone={phone} />
                  </span>
                ))}{' '}
                · {t(contact.replaces ? 'backup.import.changes.replaces' : 'backup.import.changes.added')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
