// @vitest-environment happy-dom
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/examples.mobile.json';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FIELDS, readForm } from '../../src/features/contacts/contact-form';
import { ContactItem } from '../../src/features/contacts/ContactItem';
import { initI18n } from '../../src/i18n/i18n';
import { checkPhone, formatPhone, phoneCountry } from '../../src/shared/phone';
import shipped from '../../src/shared/phone-metadata.json';
import { contact } from './support/backup-fixtures';
import { usePageRoot } from './support/page-root';

/*
 * The app ships libphonenumber's metadata for the countries its families call most (build/phone-
 * metadata.ts). A relative's number anywhere else must still be saved, dialled and shown: it is taken
 * by its calling code and length. Without that, every number below was refused as 'invalid'.
 */
beforeAll(async () => {
  await initI18n('en');
  await import('../../src/features/contacts/ContactsScreen'); // adds the contacts strings, as in the app
});

const page = usePageRoot();

/** What the contacts form saves for a typed number, if anything. */
function saved(typed: string): string | undefined {
  const read = readForm({ ...EMPTY_FIELDS, name: 'Oma', phones: [typed], countries: ['US'] });
  return 'draft' in read ? read.draft.phones[0] : undefined;
}

describe('a number from a country whose phone metadata the app does not ship', () => {
  it.each([
    ['+43 1 234 5678', '+4312345678', '+43 12345678', 'Austria'],
    ['+49 30 1234567', '+49301234567', '+49 301234567', 'Germany'],
    ['+49 (0)30 1234567', '+49301234567', '+49 301234567', 'Germany'],
    ['011 49 030 1234567', '+49301234567', '+49 301234567', 'Germany'],
    ['+81 90-1234-5678', '+819012345678', '+81 9012345678', 'Japan'],
    ['+81 090 1234 5678', '+819012345678', '+81 9012345678', 'Japan'],
  ])('%s is saved as %s, dialled, and shown as %s in %s', (typed, e164, shown, country) => {
    expect(saved(typed)).toBe(e164);
    const root = page.show(
      <ul>
        <ContactItem
          contact={{ ...contact('oma', 'Oma', 0, { phones: [e164] }), rev: 1 }}
          position={1}
          total={1}
          onEdit={() => undefined}
          onDelete={() => undefined}
          onMove={() => undefined}
        />
      </ul>,
    );
    expect(root.querySelector('a.call')?.getAttribute('href')).toBe(`tel:${e164}`);
    expect(root.querySelector('.contact-number-line')?.textContent).toBe(`${shown} ${country}`);
    // Changing the contact starts from the number as shown: saved again, it is the same number.
    expect(saved(formatPhone(e164))).toBe(e164);
    expect(saved(typed)).toBe(e164);
  });

  it('takes an office extension after it, as for any number', () => {
    expect(checkPhone('+49 30 1234567 ext. 12')).toEqual({ ok: true, e164: '+49301234567', extension: '12' });
  });

  it('shows no country for a code several countries share (+44: Britain, Jersey, the Isle of Man…)', () => {
    expect(saved('+44 20 7946 0018')).toBe('+442079460018');
    expect(phoneCountry('+442079460018')).toBeUndefined();
    expect(formatPhone('+442079460018')).toBe('+44 2079460018');
  });

  it.each([
    ['+49 12', 'too-short'], // Germany's numbers have 4 digits or more after +49
    ['+49 1234 5678 9012 3456', 'too-long'],
    ['+81 1234', 'too-short'], // 6 digits in all: no phone number anywhere
    ['+999 123 4567', 'invalid'], // no country has +999
    ['+0 123 4567', 'invalid'],
    ['49 30 1234567', 'too-long'], // without + or 011: read as a U.S. number
    ['+49 30 12345O7', 'not-a-number'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(checkPhone(typed)).toEqual({ ok: false, problem });
  });

  it("takes every such country's example mobile number, as libphonenumber with every country's metadata does", () => {
    const elsewhere = Object.entries(examples).filter(
      ([country]) => !Object.hasOwn(shipped.metadata.countries, country),
    );
    expect(elsewhere.length).toBeGreaterThan(150);
    for (const [country, national] of elsewhere) {
      const number = parsePhoneNumberFromString(national, country as never);
      if (!number) throw new Error(`no example for ${country}`);
      expect([country, checkPhone(number.formatInternational())]).toEqual([
        country,
        { ok: true, e164: number.number },
      ]);
    }
  });
});

describe('a number from a country whose metadata the app ships', () => {
  it('is still checked by that metadata: a Mexican number a digit short is refused', () => {
    expect(checkPhone('+52 55 1234 567')).toMatchObject({ ok: false });
    expect(checkPhone('+52 55 1234 5678')).toEqual({ ok: true, e164: '+525512345678' });
  });
});
