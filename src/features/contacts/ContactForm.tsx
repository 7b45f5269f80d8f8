import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { CONTACT_LIMITS, CONTACT_ROLES, type ContactRole } from '../../storage/contact-record';
import { addContact, updateContact, type SavedContact } from '../../storage/contacts-store';
import type { StorageProblem } from '../../storage/result';
import { typedText } from '../../ui/typed-text';
import { MessageLanguageField } from './MessageLanguageField';
import { PhoneFields } from './PhoneFields';
import { EMPTY_FIELDS, fieldsOf, readForm, type FormErrors, type FormFields } from './contact-form';
import { describedBy, fieldError } from './field-error';

interface Props {
  /** The contact being changed, or undefined for a new one. */
  editing: SavedContact | undefined;
  contacts: SavedContact[];
  onSaved: (contact: SavedContact, wasNew: boolean) => void;
  onCancel: () => void;
  /** After a 'stale' refusal: reread the list; resolves to the newer copy, or undefined if it was deleted. */
  onReload: () => Promise<SavedContact | undefined>;
  /** A new contact's form starts with these (the plan's "add someone" for one question). */
  start?: Partial<FormFields>;
}

const NO_ERRORS: FormErrors = { phones: [] };

/** Adds or changes one contact. What was typed stays on screen whatever goes wrong. */
export function ContactForm({ editing: initial, contacts, onSaved, onCancel, onReload, start }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(initial);
  const [fields, setFields] = useState<FormFields>(
    initial ? fieldsOf(initial) : { ...EMPTY_FIELDS, ...start },
  );
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [problem, setProblem] = useState<StorageProblem | 'fix' | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // To the heading, so a screen reader says where the person is; not from a box of the form they already
  // tapped (a slow phone draws the form a moment before this runs, and what they type must go in the box).
  useEffect(() => {
    if (!form.current?.contains(document.activeElement)) heading.current?.focus();
  }, []);

  const set = <K extends keyof FormFields>(key: K, value: FormFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

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
          aria-describedby={describedBy('contact-name', Boolean(errors.name))}
          onInput={(event) => set('name', typedText(event.currentTarget))}
        />
        {fieldError(
          'contact-name',
          errors.name === 'empty'
            ? t('contacts.errors.nameEmpty')
            : errors.name && tooLong(fields.name.trim(), CONTACT_LIMITS.name),
        )}
      </div>

      <PhoneFields value={fields} errors={errors} onChange={setFields} onErrors={setErrors} />

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
          aria-describedby={describedBy(
            'contact-languages',
            Boolean(errors.languages),
            'contact-languages-hint',
          )}
          onInput={(event) => set('languages', typedText(event.currentTarget))}
        />
        <p id="contact-languages-hint" class="hint">
          {t('contacts.form.languagesHint')}
        </p>
        {fieldError(
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
          aria-describedby={describedBy('contact-notes', Boolean(errors.notes), 'contact-notes-count')}
          onInput={(event) => set('notes', typedText(event.currentTarget))}
        />
        <p id="contact-notes-count" class="hint">
          {t('contacts.form.notesCount', { count: fields.notes.length, max: CONTACT_LIMITS.notes })}
        </p>
        {fieldError('contact-notes', errors.notes && tooLong(fields.notes, CONTACT_LIMITS.notes))}
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
