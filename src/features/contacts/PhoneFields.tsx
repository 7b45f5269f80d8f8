// The contact form's phone numbers: a box each, the country question where needed, adding and removing.
import { useRef, type Dispatch, type StateUpdater } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { CONTACT_LIMITS } from '../../storage/contact-record';
import { needsCountry, type AskedCountry } from '../../shared/phone';
import { CountryQuestion } from '../../ui/CountryQuestion';
import { typedText } from '../../ui/typed-text';
import type { FormErrors, FormFields } from './contact-form';
import { describedBy, fieldError } from './field-error';

/** The contact form's state, which holds the numbers with the rest (it reads them all to save). */
interface Props {
  value: FormFields;
  errors: FormErrors;
  onChange: Dispatch<StateUpdater<FormFields>>;
  onErrors: Dispatch<StateUpdater<FormErrors>>;
}

/** Up to `CONTACT_LIMITS.phones` numbers, each with its own message; what was typed stays as typed. */
export function PhoneFields({ value: fields, errors, onChange: setFields, onErrors: setErrors }: Props) {
  const { t } = useI18n();
  const fieldset = useRef<HTMLFieldSetElement>(null);

  const setPhone = (index: number, value: string) =>
    setFields((current) => ({
      ...current,
      phones: fields.phones.map((phone, i) => (i === index ? value : phone)),
    }));
  const setCountry = (index: number, country: AskedCountry) => {
    setFields((current) => ({
      ...current,
      countries: fields.phones.map((_, i) => (i === index ? country : fields.countries?.[i])),
    }));
    // Answered: the message asking for it goes (the number's other problems show on the next save).
    setErrors((current) => ({
      ...current,
      phones: current.phones.map((found, i) =>
        i === index && found === 'which-country' ? undefined : found,
      ),
    }));
  };

  const phoneError = (index: number) => {
    const found = errors.phones[index];
    return found && t(`contacts.errors.phone.${found}`);
  };

  return (
    <fieldset ref={fieldset} class="field phones">
      <legend>{t('contacts.form.phone')}</legend>
      <p id="contact-phone-hint" class="hint">
        {t('contacts.form.phoneHint')}
      </p>
      {fields.phones.map((phone, index) => {
        const id = `contact-phone-${index}`;
        const message = phoneError(index);
        // Unanswered, the question is what to fix: its radios are marked, not the typed number.
        const askCountry = errors.phones[index] === 'which-country';
        return (
          <div class="phone-row" key={index}>
            <label for={id}>{t('contacts.form.phoneN', { n: index + 1 })}</label>
            <input
              id={id}
              type="tel"
              inputMode="tel"
              dir="ltr"
              autoComplete="off"
              value={phone}
              aria-invalid={Boolean(message) && !askCountry}
              aria-describedby={describedBy(id, Boolean(message) && !askCountry, 'contact-phone-hint')}
              onInput={(event) => setPhone(index, typedText(event.currentTarget))}
            />
            {needsCountry(phone) && (
              <CountryQuestion
                id={id}
                value={fields.countries?.[index]}
                onChange={(country) => setCountry(index, country)}
                errorId={askCountry ? `${id}-error` : undefined}
              />
            )}
            {fieldError(id, message)}
            {fields.phones.length > 1 && (
              <button
                type="button"
                class="button button-secondary"
                onClick={() => {
                  setFields((current) => ({
                    ...current,
                    phones: current.phones.filter((_, i) => i !== index),
                    countries: current.phones
                      .map((_, i) => current.countries?.[i])
                      .filter((_, i) => i !== index),
                  }));
                  setErrors((current) => ({
                    ...current,
                    phones: current.phones.filter((_, i) => i !== index),
                  }));
                }}
              >
                {t('contacts.form.removePhone', { n: index + 1 })}
              </button>
            )}
          </div>
        );
      })}
      {fields.phones.length < CONTACT_LIMITS.phones && (
        <button
          type="button"
          class="button button-secondary"
          onClick={() => {
            setFields((current) => ({ ...current, phones: [...fields.phones, ''] }));
            requestAnimationFrame(() =>
              fieldset.current?.querySelector<HTMLElement>(`#contact-phone-${fields.phones.length}`)?.focus(),
            );
          }}
        >
          {t('contacts.form.addPhone')}
        </button>
      )}
    </fieldset>
  );
}
