import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { CONTACT_LIMITS, CONTACT_ROLES, type ContactRole } from '../../storage/contact-record';
import { addContact, updateContact, type SavedContact } from '../../storage/contacts-store';
import type { StorageProblem } from '../../storage/result';
import { needsCountry, type AskedCountry } from '../../shared/phone';
import { CountryQuestion } from '../../ui/CountryQuestion';
import { typedText } from '../../ui/typed-text';
import { MessageLanguageField } from './MessageLanguageField';
import { EMPTY_FIELDS, fieldsOf, readForm, type FormErrors, type FormFields } from './contact-form';

interface Props {
  /** The contact being changed, or undefined for a new one. */
  editing: SavedContact | undefined;
  contacts: SavedContact[];
  onSaved: (contact: SavedContact, wasNew: boolean) => void;
  onCancel: () => void;
  /** After a 'stale' refusal: reread the list; resolves to the newer copy, or undefined if it was deleted. */
  onReload: () => Promise<SavedContact | undefined>;
}

const NO_ERRORS: FormErrors = { phones: [] };

/** Adds or changes one contact. What was typed stays on screen whatever goes wrong. */
export function ContactForm({ editing: initial, contacts, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(initial);
  const [fields, setFields] = useState<FormFields>(initial ? fieldsOf(initial) : EMPTY_FIELDS);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [problem, setProblem] = useState<StorageProblem | 'fix' | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof FormFields>(key: K, value: FormFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const setPhone = (index: number, value: string) =>
    set(
      'phones',
      fields.phones.map((phone, i) => (i === index ? value : phone)),
    );
  const setCountry = (index: number, country: AskedCountry) => {
    set(
      'countries',
      fields.phones.map((_, i) => (i === index ? country : fields.countries?.[i])),
    );
    // Answered: the message asking for it goes (the number's other problems show on the next save).
    setErrors((current) => ({
      ...current,
      phones: current.phones.map((found, i) =>
        i === index && found === 'which-country' ? undefined : found,
      ),
    }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const read = readForm(fields);
    if ('errors' in read) {
      setErrors(read.errors);
      setProblem('fix');
      // Wait for the messages to render, then take the person to the first field to fix.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    const result = editing
      ? await updateContact({ ...editing, ...read.draft })
      : await addContact(read.draft, contacts);
    setSaving(false);
    if (result.ok) onSaved(result.value, !editing);
    else setProblem(result.problem);
  };

  const showNewest = async () => {
    const newest = await onReload();
    setEditing(newest);
    if (newest) setFields(fieldsOf(newest));
    // Deleted meanwhile: the typed text stays, and saving adds it back as a new contact.
    setProblem(undefined);
  };

  const error = (id: string, message: string | undefined) =>
    message && (
      <p id={`${id}-error`} class="field-error">
        {message}
      </p>
    );
  const described = (id: string, invalid: boolean, hint?: string) =>
    [hint, invalid ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;

  const phoneError = (index: number) => {
    const found = errors.phones[index];
    return found && t(`contacts.errors.phone.${found}`);
  };
  const tooLong = (text: string, max: number) => t('contacts.errors.tooLong', { max, count: text.length });

  return (
    <form ref={form} class="contact-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {editing ? t('contacts.form.editTitle') : t('contacts.form.addTitle')}
      </h2>
      {problem && (
        <div class="form-problem" role="alert">
          <p>{problem === 'fix' ? t('contacts.form.fixBelow') : t(`contacts.problems.${problem}`)}</p>
          {problem === 'stale' && (
            <button type="button" class="button button-secondary" onClick={() => void showNewest()}>
              {t('contacts.showNewest')}
            </button>
          )}
        </div>
      )}

      <div class="field">
        <label for="contact-name">{t('contacts.form.name')}</label>
        <input
          id="contact-name"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={fields.name}
          aria-invalid={Boolean(errors.name)}
          aria-describedby={described('contact-name', Boolean(errors.name))}
          onInput={(event) => set('name', typedText(event.currentTarget))}
        />
        {error(
          'contact-name',
          errors.name === 'empty'
            ? t('contacts.errors.nameEmpty')
            : errors.name && tooLong(fields.name.trim(), CONTACT_LIMITS.name),
        )}
      </div>

      <fieldset class="field phones">
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
                aria-describedby={described(id, Boolean(message) && !askCountry, 'contact-phone-hint')}
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
              {error(id, message)}
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
              set('phones', [...fields.phones, '']);
              requestAnimationFrame(() =>
                form.current?.querySelector<HTMLElement>(`#contact-phone-${fields.phones.length}`)?.focus(),
              );
            }}
          >
            {t('contacts.form.addPhone')}
          </button>
        )}
      </fieldset>

      <div class="field">
        <label for="contact-role">{t('contacts.form.role')}</label>
        <select
          id="contact-role"
          value={fields.role}
          onChange={(event) => set('role', event.currentTarget.value as ContactRole)}
        >
          {CONTACT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`contacts.roles.${role}`)}
            </option>
          ))}
        </select>
      </div>

      <div class="field">
        <label for="contact-languages">{t('contacts.form.languages')}</label>
        <input
          id="contact-languages"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={fields.languages}
          aria-invalid={Boolean(errors.languages)}
          aria-describedby={described(
            'contact-languages',
            Boolean(errors.languages),
            'contact-languages-hint',
          )}
          onInput={(event) => set('languages', typedText(event.currentTarget))}
        />
        <p id="contact-languages-hint" class="hint">
          {t('contacts.form.languagesHint')}
        </p>
        {error(
          'contact-languages',
          errors.languages && tooLong(fields.languages.trim(), CONTACT_LIMITS.languages),
        )}
      </div>

      <div class="field">
        <label for="contact-notes">{t('contacts.form.notes')}</label>
        <textarea
          id="contact-notes"
          autoComplete="off"
          spellcheck={false}
          rows={3}
          value={fields.notes}
          aria-invalid={Boolean(errors.notes)}
          aria-describedby={described('contact-notes', Boolean(errors.notes), 'contact-notes-count')}
          onInput={(event) => set('notes', typedText(event.currentTarget))}
        />
        <p id="contact-notes-count" class="hint">
          {t('contacts.form.notesCount', { count: fields.notes.length, max: CONTACT_LIMITS.notes })}
        </p>
        {error('contact-notes', errors.notes && tooLong(fields.notes, CONTACT_LIMITS.notes))}
      </div>

      <div class="field checkbox">
        <input
          id="contact-pickup"
          type="checkbox"
          checked={fields.mayPickUpChildren}
          onChange={(event) => set('mayPickUpChildren', event.currentTarget.checked)}
        />
        <label for="contact-pickup">{t('contacts.form.pickUp')}</label>
      </div>

      <MessageLanguageField
        value={fields.messageLanguage}
        onChange={(value) => set('messageLanguage', value)}
      />

      <div class="field checkbox">
        <input
          id="contact-landline"
          type="checkbox"
          checked={fields.landline}
          onChange={(event) => set('landline', event.currentTarget.checked)}
        />
        <label for="contact-landline">{t('contacts.form.landline')}</label>
      </div>

      <div class="form-actions">
        <button type="submit" class="button" aria-disabled={saving}>
          {saving ? t('contacts.form.saving') : t('contacts.form.save')}
        </button>
        <button type="button" class="button button-secondary" onClick={onCancel}>
          {t('contacts.form.cancel')}
        </button>
      </div>
    </form>
  );
}
