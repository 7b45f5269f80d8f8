import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { addContactPath, type AddKind } from '../../shared/add-contact';
import { useI18n } from '../../i18n/i18n-context';
import { typedText } from '../../ui/typed-text';
import type { SavedContact } from '../../storage/contacts-store';
import { useContacts } from '../../ui/use-contacts';

interface FieldProps {
  id: string;
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  /** A short help line under the label. */
  hint?: ComponentChildren;
  /** A message beside the field; the field is marked invalid and the message announced. */
  error?: string | undefined;
  maxLength?: number;
  /** Called when the field loses focus (e.g. to say a required field is still empty). */
  onBlur?: (() => void) | undefined;
}

function Described({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ComponentChildren;
  error?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

const describedBy = (id: string, hint?: ComponentChildren, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

/**
 * What every box for personal text shares: no autofill, and no spell checking (a browser's enhanced
 * spell checker sends the text to a server); its hint and message read with it; invisible controls
 * taken out as they are typed (src/ui/typed-text.ts).
 */
const personalText = ({ id, value, onInput, hint, error, maxLength }: FieldProps) => ({
  id,
  autoComplete: 'off',
  spellcheck: false,
  value,
  maxLength,
  'aria-invalid': Boolean(error),
  'aria-describedby': describedBy(id, hint, error),
  onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    onInput(typedText(event.currentTarget)),
});

/** A labelled one-line text box. */
export function TextField(props: FieldProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input type="text" {...personalText(props)} onBlur={props.onBlur} />
      <Described id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A labelled box for a few lines of text. */
export function TextArea(props: FieldProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea rows={3} {...personalText(props)} />
      <Described id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

interface ChoiceProps<T extends string> {
  id: string;
  legend: ComponentChildren;
  value: T;
  /** Each answer; `hint` is one line under it, read with it by screen readers. */
  options: readonly { value: T; label: string; hint?: string | undefined }[];
  onChange: (value: T) => void;
  hint?: ComponentChildren;
  children?: ComponentChildren;
}

/** A question with a few answers, as radio buttons (one tap each, no hidden list). */
export function Choice<T extends string>({
  id,
  legend,
  value,
  options,
  onChange,
  hint,
  children,
}: ChoiceProps<T>) {
  return (
    <fieldset id={id} class="field choice" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {options.map((option) => {
        // '' (not answered) gets a suffix of its own: 'none' is a real answer in some questions.
        const optionId = `${id}-${option.value || 'unset'}`;
        return (
          <div class={option.hint ? 'choice-option with-hint' : 'choice-option'} key={option.value}>
            <input
              id={optionId}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label for={optionId}>{option.label}</label>
            {option.hint && (
              <p id={`${optionId}-hint`} class="hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}

/** Yes / No / Not sure yet, stored as 'yes' | 'no' | ''. */
export function YesNo({
  id,
  legend,
  value,
  onChange,
  hint,
}: Omit<ChoiceProps<'' | 'yes' | 'no'>, 'options' | 'children'>) {
  const { t } = useI18n();
  return (
    <Choice
      id={id}
      legend={legend}
      value={value}
      hint={hint}
      onChange={onChange}
      options={[
        { value: 'yes', label: t('plan.fields.yes') },
        { value: 'no', label: t('plan.fields.no') },
        { value: '', label: t('plan.fields.notSure') },
      ]}
    />
  );
}

/**
 * Chooses one of the saved emergency contacts (stored as its id, so a changed number shows
 * everywhere). With no contacts yet, it links to adding one, started as `adds` says (someone who may
 * pick up the children, a lawyer…), and the contacts screen brings the person back here after saving.
 */
export function ContactPicker({
  id,
  label,
  value,
  onChange,
  hint,
  only,
  list,
  adds = 'someone',
}: {
  id: string;
  label: ComponentChildren;
  value: string;
  onChange: (contactId: string) => void;
  hint?: ComponentChildren;
  /** Which contacts fit this question (the one already chosen is shown anyway, never dropped unseen). */
  only?: (contact: SavedContact) => boolean;
  /** The contacts as the screen holds them, when it changes them itself (it reads them again). */
  list?: SavedContact[] | undefined;
  /** Who the question asks for, to start the new contact's form with it. */
  adds?: AddKind;
}) {
  const { t } = useI18n();
  const { path } = useLocation();
  const { contacts: read } = useContacts();
  const all = list ?? read;
  const contacts = only ? all?.filter((contact) => contact.id === value || only(contact)) : all;
  const missing = value !== '' && all !== undefined && !all.some((contact) => contact.id === value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={missing ? '' : value}
        aria-describedby={describedBy(id, hint)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{t('plan.fields.nobody')}</option>
        {contacts?.map((contact) => (
          <option key={contact.id} value={contact.id}>
            {contact.name}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} />
      {/* With contacts saved, a question that asks for someone in particular still offers a new one. */}
      {(all?.length === 0 || (all && adds !== 'someone')) && (
        <p class="hint">
          <a class="link-target" href={addContactPath(adds, path)}>
            {t(all?.length === 0 ? 'plan.fields.addContacts' : 'plan.fields.addSomeone')}
          </a>
        </p>
      )}
    </div>
  );
}
