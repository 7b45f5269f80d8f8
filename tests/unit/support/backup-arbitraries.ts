import fc from 'fast-check';
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BackupSchema,
  SECTIONS,
  type Backup,
  type BackupProblem,
} from '../../../src/storage/backup/format';
import { CONTACT_ROLES, ContactSchema, E164 } from '../../../src/storage/contact-record';

/** fast-check generators for tests/unit/backup-fuzz.test.ts: valid backups, and each way to break one. */

// ── Valid backups, to be broken ──────────────────────────────────────────────────────────────

const id = fc.stringMatching(/^[\w-]{1,64}$/);
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());
const contactArb = fc.record({
  id,
  name: fc
    .string({ minLength: 1, maxLength: 100 })
    .map((name) => name.trim())
    .filter((name) => name.length > 0),
  phones: fc.array(fc.stringMatching(E164), { minLength: 1, maxLength: 5 }),
  role: fc.constantFrom(...CONTACT_ROLES),
  languages: fc.string({ maxLength: 100 }),
  notes: fc.string({ maxLength: 1000 }),
  mayPickUpChildren: fc.boolean(),
  order: fc.integer({ min: 0, max: 1_000_000 }),
});
const count = fc.integer({ min: 0, max: 1_000_000 });
const practiceArb = fc.record({
  contactId: id,
  right: count,
  tries: count,
  lastTried: fc.oneof(
    fc.constant(''),
    isoDate.map((date) => date.slice(0, 10)),
  ),
});
export const validBackup: fc.Arbitrary<Backup> = fc.record({
  format: fc.constant(BACKUP_FORMAT),
  version: fc.constant(1 as const),
  exportedAt: isoDate,
  settings: fc.record(
    { language: fc.constantFrom('en', 'es'), rapidResponseNumber: fc.stringMatching(/^\+?\d{7,15}$/) },
    { requiredKeys: [] },
  ),
  contacts: fc.uniqueArray(contactArb, { selector: (contact) => contact.id, minLength: 1, maxLength: 6 }),
  practice: fc.uniqueArray(practiceArb, { selector: (entry) => entry.contactId, minLength: 1, maxLength: 6 }),
});

// ── Ways to break one ────────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;
export interface Broken {
  what: string;
  json: unknown;
  expected: BackupProblem;
}

const huge = fc.integer({ min: 1_001, max: 200_000 }).map((length) => 'x'.repeat(length));
/** A JSON value the given schema refuses. */
const refusedBy = (schema: v.GenericSchema) => fc.jsonValue().filter((value) => !v.is(schema, value));
const unknownKey = (known: readonly string[]) =>
  fc.string({ maxLength: 30 }).filter((key) => !known.includes(key));
const withKey = (object: Json, key: string, value: unknown): Json => ({ ...object, [key]: value });
const without = (object: Json, key: string): Json =>
  Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

/** Replaces one contact (picked by `index`) with `change(contact)`. */
function contactChanged(backup: Backup, index: number, change: (contact: Json) => Json): Json {
  const at = index % backup.contacts.length;
  return { ...backup, contacts: backup.contacts.map((contact, i) => (i === at ? change(contact) : contact)) };
}

const CONTACT_FIELDS = Object.keys(ContactSchema.entries) as Array<keyof typeof ContactSchema.entries>;

const breakages: Array<(backup: Backup) => fc.Arbitrary<Broken>> = [
  // A contact field of the wrong type or value.
  (backup) =>
    fc.tuple(fc.nat(), fc.constantFrom(...CONTACT_FIELDS)).chain(([index, field]) =>
      refusedBy(ContactSchema.entries[field]).map((value) => ({
        what: `contact.${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
        json: contactChanged(backup, index, (contact) => withKey(contact, field, value)),
        expected: 'invalid' as const,
      })),
    ),
  // A contact field missing.
  (backup) =>
    fc.tuple(fc.nat(), fc.constantFrom(...CONTACT_FIELDS)).map(([index, field]) => ({
      what: `contact without ${field}`,
      json: contactChanged(backup, index, (contact) => without(contact, field)),
      expected: 'invalid' as const,
    })),
  // A text field far too long.
  (backup) =>
    fc
      .tuple(fc.nat(), fc.constantFrom('id', 'name', 'languages', 'notes'), huge)
      .map(([index, field, text]) => ({
        what: `contact.${field} of ${text.length} characters`,
        json: contactChanged(backup, index, (contact) => withKey(contact, field, text)),
        expected: 'invalid' as const,
      })),
  // Too many phone numbers, a number not in international form, a role that does not exist.
  (backup) =>
    fc
      .tuple(
        fc.nat(),
        fc.oneof(
          fc.array(fc.stringMatching(E164), { minLength: 6, maxLength: 40 }).map((phones) => ({ phones })),
          fc
            .string({ maxLength: 40 })
            .filter((phone) => !E164.test(phone))
            .map((phone) => ({ phones: [phone] })),
          fc.constant({ phones: [] }),
          fc
            .string()
            .filter((role) => !(CONTACT_ROLES as readonly string[]).includes(role))
            .map((role) => ({ role })),
        ),
      )
      .map(([index, change]) => ({
        what: `contact with ${JSON.stringify(change).slice(0, 60)}`,
        json: contactChanged(backup, index, (contact) => ({ ...contact, ...change })),
        expected: 'invalid' as const,
      })),
  // A huge extra field smuggled into a contact, a practice record or the settings.
  (backup) =>
    fc
      .tuple(fc.nat(), unknownKey(CONTACT_FIELDS), huge, fc.constantFrom('contact', 'practice', 'settings'))
      .filter(
        ([, key]) =>
          !['contactId', 'right', 'tries', 'lastTried', 'language', 'rapidResponseNumber'].includes(key),
      )
      .map(([index, key, text, where]) => ({
        what: `extra ${where} field "${key}"`,
        json:
          where === 'contact'
            ? contactChanged(backup, index, (contact) => withKey(contact, key, text))
            : where === 'settings'
              ? { ...backup, settings: withKey(backup.settings, key, text) }
              : {
                  ...backup,
                  practice: [withKey(backup.practice[0] ?? {}, key, text), ...backup.practice.slice(1)],
                },
        expected: 'invalid' as const,
      })),
  // A section this version does not know (the family plan of a later version, or anything else).
  (backup) =>
    fc.tuple(unknownKey(SECTIONS), fc.oneof(huge, fc.jsonValue())).map(([key, value]) => ({
      what: `extra section "${key}"`,
      json: withKey(backup, key, value),
      expected: 'unknown-section' as const,
    })),
  // Practice counts and dates of the wrong type or range.
  (backup) =>
    fc
      .tuple(
        fc.constantFrom('right', 'tries', 'lastTried', 'contactId'),
        fc.oneof(
          fc.integer({ max: -1 }),
          fc.double({ noInteger: true }),
          fc.integer({ min: 1_000_001 }),
          fc.string(),
          fc.constant(null),
        ),
      )
      .filter(
        ([field, value]) =>
          !(field === 'lastTried' && (value === '' || v.is(v.pipe(v.string(), v.isoDate()), value))),
      )
      .filter(([field, value]) => !(field === 'contactId' && v.is(ContactSchema.entries.id, value)))
      .map(([field, value]) => ({
        what: `practice.${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
        json: {
          ...backup,
          practice: [withKey(backup.practice[0] ?? {}, field, value), ...backup.practice.slice(1)],
        },
        expected: 'invalid' as const,
      })),
  // Settings and the export date of the wrong type or shape.
  (backup) =>
    fc
      .tuple(
        fc.constantFrom('language', 'rapidResponseNumber', 'exportedAt', 'settings', 'contacts', 'practice'),
        fc.jsonValue(),
      )
      .filter(([field, value]) =>
        field === 'language' || field === 'rapidResponseNumber'
          ? !v.is(BackupSchema.entries.settings.entries[field], value) || value === undefined
          : !v.is(BackupSchema.entries[field], value),
      )
      .map(([field, value]) => ({
        what: `${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
        json:
          field === 'language' || field === 'rapidResponseNumber'
            ? { ...backup, settings: withKey(backup.settings, field, value) }
            : withKey(backup, field, value),
        expected: 'invalid' as const,
      })),
  // A newer version: refused with "update this app first", whatever else the file holds.
  (backup) =>
    fc.tuple(fc.integer({ min: 2 }), fc.option(unknownKey(SECTIONS))).map(([version, section]) => ({
      what: `version ${version}`,
      json: section === null ? { ...backup, version } : withKey({ ...backup, version }, section, {}),
      expected: 'newer-version' as const,
    })),
  // A version that is not a whole number above 0, or is missing.
  (backup) =>
    fc
      .oneof(
        fc.integer({ max: 0 }),
        fc.double({ noInteger: true }),
        fc.string(),
        fc.constant(null),
        fc.boolean(),
        fc.constant(undefined),
      )
      .map((version) => ({
        what: `version ${String(version)}`,
        json: version === undefined ? without(backup, 'version') : { ...backup, version },
        expected: 'invalid' as const,
      })),
  // Not this app's format.
  (backup) =>
    fc
      .oneof(
        fc.string().filter((format) => format !== BACKUP_FORMAT),
        fc.jsonValue(),
        fc.constant(undefined),
      )
      .filter((format) => format !== BACKUP_FORMAT)
      .map((format) => ({
        what: `format ${JSON.stringify(format)?.slice(0, 40)}`,
        json: format === undefined ? without(backup, 'format') : { ...backup, format },
        expected: 'wrong-format' as const,
      })),
  // Two contacts with one id (another person's record under the same id).
  (backup) =>
    fc.tuple(fc.nat(), contactArb).map(([index, other]) => {
      const copied = backup.contacts[index % backup.contacts.length];
      return {
        what: 'duplicate contact id',
        json: { ...backup, contacts: [...backup.contacts, { ...other, id: copied?.id ?? other.id }] },
        expected: 'duplicate-id' as const,
      };
    }),
];

export const brokenBackup: fc.Arbitrary<Broken> = validBackup.chain((backup) =>
  fc.oneof(...breakages.map((breakage) => breakage(backup))),
);
