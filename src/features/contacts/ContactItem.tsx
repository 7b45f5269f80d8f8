import { useI18n } from '../../i18n/i18n-context';
import type { SavedContact } from '../../storage/contacts-store';
import { formatPhone } from '../../shared/phone';
import { dialString, phoneParts } from '../../shared/stored-phone';
import { isolatedIn } from '../../ui/isolated';
import { PhoneCountry } from '../../ui/PhoneCountry';

interface Props {
  contact: SavedContact;
  position: number;
  total: number;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (step: -1 | 1) => void;
}

/** One contact: call and text buttons first, then what to know, then the list tools. */
export function ContactItem({ contact, position, total, onEdit, onDelete, onMove }: Props) {
  const { t } = useI18n();
  const { name } = contact;
  const headingId = `contact-${contact.id}`;
  return (
    <li class="contact" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        <bdi>{name}</bdi>
      </h3>
      <p class="contact-role">
        {t(`contacts.roles.${contact.role}`)} · {t('contacts.item.position', { n: position })}
      </p>
      {/* A backup file may come from someone else: said until the person saves the contact themselves. */}
      {contact.fromFile && <p class="from-file">{t('contacts.item.fromFile')}</p>}
      <ul class="contact-numbers">
        {contact.phones.map((phone) => {
          const number = formatPhone(phone);
          return (
            <li key={phone}>
              <p class="contact-number-line">
                <bdi dir="ltr" class="contact-number">
                  {number}
                </bdi>{' '}
                <PhoneCountry phone={phone} />
              </p>
              <a
                class="button call"
                href={`tel:${dialString(phone)}`}
                aria-label={t('contacts.item.callLabel', { name, number })}
              >
                {t('contacts.item.call')}
              </a>
              <a
                class="button button-secondary"
                href={`sms:${phoneParts(phone).number}`}
                aria-label={t('contacts.item.textLabel', { name, number })}
              >
                {t('contacts.item.text')}
              </a>
            </li>
          );
        })}
      </ul>
      {contact.mayPickUpChildren && <p class="contact-pickup">{t('contacts.item.pickUp')}</p>}
      {contact.languages && (
        <p>{isolatedIn((languages) => t('contacts.item.speaks', { languages }), contact.languages)}</p>
      )}
      {contact.notes && (
        <p class="contact-notes">
          <bdi>{contact.notes}</bdi>
        </p>
      )}
      <div class="contact-tools">
        <button
          type="button"
          class="button button-secondary"
          onClick={onEdit}
          aria-label={t('contacts.item.editLabel', { name })}
        >
          {t('contacts.item.edit')}
        </button>
        <a
          class="button button-secondary"
          href={`/contacts/practice?contact=${encodeURIComponent(contact.id)}`}
          aria-label={t('contacts.item.practiceLabel', { name })}
        >
          {t('contacts.item.practice')}
        </a>
        {position > 1 && (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => onMove(-1)}
            aria-label={t('contacts.item.upLabel', { name })}
          >
            {t('contacts.item.up')}
          </button>
        )}
        {position < total && (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => onMove(1)}
            aria-label={t('contacts.item.downLabel', { name })}
          >
            {t('contacts.item.down')}
          </button>
        )}
        <button
          type="button"
          class="button button-secondary danger"
          onClick={onDelete}
          aria-label={t('contacts.item.deleteLabel', { name })}
        >
          {t('contacts.item.delete')}
        </button>
      </div>
    </li>
  );
}
