import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EMPTY_FIELDS, readForm } from '../../src/features/contacts/contact-form';
import { CONTACT_LIMITS, ContactSchema } from '../../src/storage/contact-record';

// Each 10-digit number here is one both the U.S. and Mexico could dial: the person answered "U.S.".
const fields = { ...EMPTY_FIELDS, name: 'Ana', phones: ['(213) 555-0100'], countries: ['US' as const] };

describe('contact form', () => {
  it('gives a draft with the number in international form and the name trimmed', () => {
    expect(
      readForm({
        ...fields,
        name: '  Ana López ',
        phones: ['213 555 0100', '+52 55 1234 5678'],
        countries: ['US'],
      }),
    ).toEqual({
      draft: {
        name: 'Ana López',
        phones: ['+12135550100', '+525512345678'],
        role: 'family',
        languages: '',
        notes: '',
        mayPickUpChildren: false,
      },
    });
  });

  it('names each problem beside its own field', () => {
    const result = readForm({
      ...fields,
      name: ' ',
      phones: ['123', '213-555-0100'],
      countries: [undefined, 'US'],
      notes: 'x'.repeat(10_000),
    });
    expect(result).toEqual({ errors: { name: 'empty', phones: ['too-short', undefined], notes: 'long' } });
  });

  it('keeps an office extension with the number (refused before)', () => {
    expect(
      readForm({
        ...fields,
        phones: ['+1 213 555 0100 ext. 123', '213-555-0100 x45'],
        countries: [undefined, 'US'],
      }),
    ).toMatchObject({
      draft: { phones: ['+12135550100;ext=123', '+12135550100;ext=45'] },
    });
  });

  it('refuses the same number twice', () => {
    expect(
      readForm({ ...fields, phones: ['213-555-0100', '+1 213 555 0100'], countries: ['US', 'US'] }),
    ).toEqual({
      errors: { phones: [undefined, 'duplicate'] },
    });
  });

  it('keeps markup as the plain text it is', () => {
    const markup = '<img src=x onerror=alert(1)>';
    expect(readForm({ ...fields, name: markup, notes: markup })).toMatchObject({
      draft: { name: markup, notes: markup },
    });
  });

  it('refuses a name longer than 100 characters', () => {
    expect(readForm({ ...fields, name: 'a'.repeat(101) })).toEqual({
      errors: { name: 'long', phones: [undefined] },
    });
  });

  it.each(['name', 'languages', 'notes'] as const)(
    'takes a %s exactly as long as the record allows, and refuses one more character, as storage does',
    (field) => {
      const max = CONTACT_LIMITS[field];
      // The form's fields a record holds (the alert's two are left unset, as a new contact's are).
      const { messageLanguage, landline, ...recordFields } = EMPTY_FIELDS;
      void messageLanguage;
      void landline;
      const record = { id: 'ana', ...recordFields, name: 'Ana', phones: ['+12135550100'], order: 0 };
      expect(readForm({ ...fields, [field]: 'a'.repeat(max) })).toHaveProperty('draft');
      expect(v.is(ContactSchema, { ...record, [field]: 'a'.repeat(max) })).toBe(true);
      expect(readForm({ ...fields, [field]: 'a'.repeat(max + 1) })).toEqual({
        errors: { [field]: 'long', phones: [undefined] },
      });
      expect(v.is(ContactSchema, { ...record, [field]: 'a'.repeat(max + 1) })).toBe(false);
    },
  );
});

describe('contact form: the alert’s two choices', () => {
  const typed = { ...EMPTY_FIELDS, name: 'Rosa', phones: ['+1 213 555 0100'] };

  it('keeps a message language and the landline mark, and clears them when unset', () => {
    const chosen = readForm({ ...typed, messageLanguage: 'es', landline: true });
    expect(chosen).toMatchObject({ draft: { messageLanguage: 'es', landline: true } });
    const cleared = readForm(typed);
    if (!('draft' in cleared)) throw new Error('refused');
    // Named and undefined: spread over a saved contact, it clears what was saved.
    expect({ ...{ messageLanguage: 'es', landline: true }, ...cleared.draft }).toMatchObject({
      messageLanguage: undefined,
      landline: undefined,
    });
  });
});
