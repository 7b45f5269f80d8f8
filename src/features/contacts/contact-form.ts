import * as v from 'valibot';
import { ContactSchema, type ContactRole, type MessageLanguage } from '../../storage/contact-record';
import type { ContactDraft, SavedContact } from '../../storage/contacts-store';
import { withExtension } from '../../shared/stored-phone';
import {
  askedCountryOf,
  checkPhone,
  formatPhone,
  type AskedCountry,
  type PhoneProblem,
} from '../../shared/phone';

/** What the form holds while a person types: text exactly as typed, never lost on an error. */
export interface FormFields {
  name: string;
  phones: string[];
  /** Beside each number, the answer to "U.S. or Mexico?" where it was asked (same index as `phones`). */
  countries?: (AskedCountry | undefined)[];
  role: ContactRole;
  languages: string;
  notes: string;
  mayPickUpChildren: boolean;
  /** The language the alert's message goes to them in; `''`: the language of the screen. */
  messageLanguage: '' | MessageLanguage;
  /** Their number takes no texts: the alert offers a call instead. */
  landline: boolean;
}

/** One message per field that needs fixing; phone problems are per number. */
export interface FormErrors {
  name?: 'empty' | 'long';
  phones: (PhoneProblem | 'duplicate' | undefined)[];
  languages?: 'long';
  notes?: 'long';
}

export const EMPTY_FIELDS: FormFields = {
  name: '',
  phones: [''],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  messageLanguage: '',
  landline: false,
};

/** The form's starting text for an existing contact (numbers as people read them). */
export function fieldsOf(contact: SavedContact): FormFields {
  return {
    name: contact.name,
    phones: contact.phones.map(formatPhone),
    // "(213) 555-0100" is shown without its code: the saved number already answers the question.
    countries: contact.phones.map(askedCountryOf),
    role: contact.role,
    languages: contact.languages,
    notes: contact.notes,
    mayPickUpChildren: contact.mayPickUpChildren,
    messageLanguage: contact.messageLanguage ?? '',
    landline: contact.landline ?? false,
  };
}

/** The texts the form checks by the record's own schema, so each limit is written once. */
const { name, languages, notes } = ContactSchema.entries;
const TextFields = v.object({ name, languages, notes });

/** Checks the form; either a draft ready to store or the problems to show beside the fields. */
export function readForm(fields: FormFields): { draft: ContactDraft } | { errors: FormErrors } {
  const errors: FormErrors = { phones: [] };
  const texts = v.safeParse(TextFields, {
    name: fields.name,
    languages: fields.languages.trim(),
    notes: fields.notes,
  });
  for (const issue of texts.issues ?? []) {
    const field = issue.path?.[0]?.key;
    // The name is trimmed, then 1 to CONTACT_LIMITS.name characters; the others have a maximum only.
    if (field === 'name') errors.name ??= issue.type === 'min_length' ? 'empty' : 'long';
    if (field === 'languages' || field === 'notes') errors[field] = 'long';
  }

  const phones: string[] = [];
  for (const [index, typed] of fields.phones.entries()) {
    const checked = checkPhone(typed, fields.countries?.[index]);
    const stored = checked.ok ? withExtension(checked.e164, checked.extension) : undefined;
    if (!checked.ok) errors.phones.push(checked.problem);
    else if (phones.includes(stored ?? '')) errors.phones.push('duplicate');
    else errors.phones.push(undefined);
    if (stored) phones.push(stored);
  }

  if (!texts.success || errors.phones.some(Boolean)) return { errors };
  return {
    draft: {
      ...texts.output,
      phones,
      role: fields.role,
      mayPickUpChildren: fields.mayPickUpChildren,
      // Always named, so an edit that clears them clears the saved ones (the form spreads the draft).
      messageLanguage: fields.messageLanguage || undefined,
      landline: fields.landline || undefined,
    },
  };
}
