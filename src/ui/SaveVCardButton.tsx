import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import { addScreenStrings } from '../i18n/i18n';
import { CONTACT_ROLES, type Contact } from '../storage/contact-record';
import { downloadText } from './download';
import { CONTACTS_FILE_NAME, toVCard, type VCardLabels } from './vcard';

// The contacts and the wallet screens both render this button: it brings its own strings.
addScreenStrings(import.meta.glob('/locales/{en,es}/practice.json', { eager: true, import: 'default' }));

interface Props {
  /** Every contact to save, in calling order. With none, nothing is shown. */
  contacts: readonly Contact[];
}

/**
 * Saves the contacts as a vCard file that a phone's address book imports. The file is made on the
 * phone and handed to the browser's download: nothing is sent anywhere.
 */
export function SaveVCardButton({ contacts }: Props) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  if (contacts.length === 0) return null;

  const save = () => {
    const labels: VCardLabels = {
      roles: Object.fromEntries(CONTACT_ROLES.map((role) => [role, t(`practice.roles.${role}`)])) as Record<
        Contact['role'],
        string
      >,
      languages: t('practice.vcard.languages'),
      mayPickUpChildren: t('practice.vcard.mayPickUp'),
    };
    // The browser's own download names it; where the browser asks where to save, the person can rename it.
    downloadText(toVCard(contacts, labels), CONTACTS_FILE_NAME, 'text/vcard');
    setSaved(true);
  };

  return (
    <div class="vcard-save">
      <button type="button" class="button button-secondary" onClick={save}>
        {t('practice.vcard.save')}
      </button>
      <p class="muted">{t('practice.vcard.hint')}</p>
      <p role="status" class="saved-note">
        {saved ? t('practice.vcard.saved', { fileName: CONTACTS_FILE_NAME }) : ''}
      </p>
    </div>
  );
}
