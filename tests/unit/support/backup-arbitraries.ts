import {
  BUILT_IN_LANGUAGES,
  NEW_ALERT,
  SITUATIONS,
  type Alert,
  type Situation,
} from '../../../src/storage/alert-record';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupSchema,
  SECTIONS,
  SettingsSection,
  type Backup,
  type BackupPlan,
  type BackupProblem,
} from '../../../src/storage/backup/format';
import {
  CONTACT_ROLES,
  ContactSchema,
  MESSAGE_LANGUAGES,
  type MessageLanguage,
} from '../../../src/storage/contact-record';
import { E164, STORED_PHONE } from '../../../src/shared/stored-phone';
import {
  CARE_AUTHORIZATIONS,
  ChildCareSchema,
  DocumentItemSchema,
  EMPTY_PLAN,
  PersonSchema,
  PLAN_LIMITS,
  PLAN_SCHEMAS,
  PLAN_SECTIONS,
  type PlanSectionId,
} from '../../../src/storage/plan-record';

/** fast-check generators for tests/unit/backup-fuzz.test.ts: valid backups, and each way to break one. */

// ── Valid backups, to be broken ──────────────────────────────────────────────────────────────

const id = fc.stringMatching(/^[\w-]{1,64}$/);
const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());
const contactArb = fc.record(
  {
    id,
    name: fc
      .string({ minLength: 1, maxLength: 100 })
      .map((name) => name.trim())
      .filter((name) => name.length > 0),
    // Numbers with an office extension too (version 3).
    phones: fc.array(fc.stringMatching(STORED_PHONE), { minLength: 1, maxLength: 5 }),
    role: fc.constantFrom(...CONTACT_ROLES),
    languages: fc.string({ maxLength: 100 }),
    notes: fc.string({ maxLength: 1000 }),
    mayPickUpChildren: fc.boolean(),
    order: fc.integer({ min: 0, max: 1_000_000 }),
    // Version 5: the alert's message language and the landline mark, both optional; version 6: a
    // whole-app pack language too.
    messageLanguage: fc.constantFrom(...MESSAGE_LANGUAGES),
    landline: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'phones', 'role', 'languages', 'notes', 'mayPickUpChildren', 'order'] },
);
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

// The family plan: texts kept short here (their limits are broken on purpose below).
const text = fc.string({ maxLength: 20 });
const dayOrEmpty = fc.oneof(
  fc.constant(''),
  isoDate.map((date) => date.slice(0, 10)),
);
const contactLink = fc.oneof(fc.constant(''), id);
const yesNo = fc.constantFrom('' as const, 'yes' as const, 'no' as const);
const personArb = fc.record({
  id,
  fullName: text,
  dateOfBirth: dayOrEmpty,
  countryOfBirth: text,
  aNumber: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{8,9}$/)),
  isChild: fc.boolean(),
  medicines: text,
  allergies: text,
  doctor: text,
  school: text,
});
const childCareArb = fc.record({
  childId: id,
  firstPickUp: contactLink,
  secondPickUp: contactLink,
  onSchoolList: yesNo,
  authorization: fc.constantFrom(...CARE_AUTHORIZATIONS),
  papersWhere: text,
  whatChildKnows: text,
});
const documentArb = fc.record({ id, have: yesNo, originalWhere: text, copyWith: text });
const sectionData: {
  [K in PlanSectionId]: fc.Arbitrary<
    BackupPlan[K] extends infer R ? (R extends { data: infer D } ? D : never) : never
  >;
} = {
  household: fc.record({ people: fc.array(personArb, { maxLength: 2 }) }),
  children: fc.record({ children: fc.array(childCareArb, { maxLength: 2 }) }),
  documents: fc.record({ items: fc.array(documentArb, { maxLength: 2 }) }),
  legal: fc.record({
    lawyer: contactLink,
    g28Signed: yesNo,
    g28With: text,
    rapidResponse: contactLink,
    notes: text,
  }),
  money: fc.record({
    bankAccess: text,
    rentAndBills: text,
    lastPaycheck: text,
    powerOfAttorney: yesNo,
    powerOfAttorneyWith: text,
    savings: text,
  }),
  myPlan: fc.record({
    atHome: text,
    atWork: text,
    onStreetOrCar: text,
    callFirst: contactLink,
    memorized: contactLink,
    familyMessage: text,
  }),
  review: fc.record({ lastReviewed: dayOrEmpty }),
};
const planArb: fc.Arbitrary<BackupPlan> = fc.record(
  Object.fromEntries(
    PLAN_SECTIONS.map((section) => [
      section,
      fc.record({ skipped: fc.boolean(), data: sectionData[section] }),
    ]),
  ) as { [K in PlanSectionId]: fc.Arbitrary<NonNullable<BackupPlan[K]>> },
  { requiredKeys: [] },
);

export const validBackup: fc.Arbitrary<Backup> = fc.record(
  {
    format: fc.constant(BACKUP_FORMAT),
    version: fc.constant(BACKUP_VERSION),
    exportedAt: isoDate,
    // What this app writes: the local line of older files (`rapidResponseNumber`) is read as a contact
    // (backup.test.ts), and a broken one is still refused (`breakOneField` below).
    settings: fc.record({ language: fc.constantFrom('en', 'es') }, { requiredKeys: [] }),
    contacts: fc.uniqueArray(contactArb, { selector: (contact) => contact.id, minLength: 1, maxLength: 6 }),
    practice: fc.uniqueArray(practiceArb, {
      selector: (entry) => entry.contactId,
      minLength: 1,
      maxLength: 6,
    }),
    plan: planArb,
    // Version 5: the alert set-up, any situation may be missing, and the whole section too.
    alerts: fc.record(
      Object.fromEntries(
        SITUATIONS.map((situation) => [
          situation,
          fc.record({
            // Version 7: the person's own message in a pack language too, each optional.
            messages: fc.record(
              Object.fromEntries(
                MESSAGE_LANGUAGES.map((language) => [language, fc.string({ maxLength: 200 })]),
              ) as {
                [L in MessageLanguage]: fc.Arbitrary<string>;
              },
              { requiredKeys: [...BUILT_IN_LANGUAGES] },
            ),
            usePlanMessage: fc.boolean(),
            recipients: fc.array(id, { maxLength: 5 }),
          }),
        ]),
      ) as { [S in Situation]: fc.Arbitrary<Alert> },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['format', 'version', 'exportedAt', 'settings', 'contacts', 'practice', 'plan'] },
);

/** The same backup as a version 1 file: no plan, no alerts, contacts without version 5's fields. */
export function asVersion1(backup: Backup): Record<string, unknown> {
  return without({ ...withoutVersion5(backup), version: 1 }, 'plan');
}

/** The backup without what version 5 added: the alerts, a contact's message language and landline mark. */
function withoutVersion5(backup: Backup): Backup {
  const { alerts, ...rest } = backup;
  void alerts;
  return { ...rest, contacts: backup.contacts.map(olderContact) };
}

/** A contact without version 5's fields. */
function olderContact<T extends { messageLanguage?: unknown; landline?: unknown }>(contact: T) {
  const { messageLanguage, landline, ...older } = contact;
  void messageLanguage;
  void landline;
  return older;
}

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
const REQUIRED_CONTACT_FIELDS = CONTACT_FIELDS.filter(
  (field) => field !== 'messageLanguage' && field !== 'landline',
);

/** Breakages that make sense in a version 1 file too: each is also tried there. */
const sharedBreakages: Array<(backup: Backup) => fc.Arbitrary<Broken>> = [
  // A contact field of the wrong type or value.
  (backup) =>
    fc.tuple(fc.nat(), fc.constantFrom(...CONTACT_FIELDS)).chain(([index, field]) =>
      refusedBy(ContactSchema.entries[field]).map((value) => ({
        what: `contact.${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
        json: contactChanged(backup, index, (contact) => withKey(contact, field, value)),
        expected: 'invalid' as const,
      })),
    ),
  // A contact field missing (version 5's two are optional).
  (backup) =>
    fc.tuple(fc.nat(), fc.constantFrom(...REQUIRED_CONTACT_FIELDS)).map(([index, field]) => ({
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
            .filter((phone) => !STORED_PHONE.test(phone))
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
          ? !v.is(SettingsSection.entries[field], value) || value === undefined
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
  // Two contacts with one id (another person's record under the same id).
  (backup) =>
    fc.tuple(fc.nat(), contactArb).map(([index, other]) => {
      const copied = backup.contacts[index % backup.contacts.length];
      return {
        what: 'duplicate contact id',
        // Without version 5's fields, so the same copy is only a duplicate in a version 1 file too.
        json: {
          ...backup,
          contacts: [...backup.contacts, { ...olderContact(other), id: copied?.id ?? other.id }],
        },
        expected: 'duplicate-id' as const,
      };
    }),
];

/** The version and the format: broken the same way whatever the version. */
const fileBreakages: Array<(backup: Backup) => fc.Arbitrary<Broken>> = [
  // A plain file that says it is version 4, the encrypted file (src/storage/backup/envelope.ts): not one.
  (backup) =>
    fc.option(unknownKey(SECTIONS)).map((section) => ({
      what: 'version 4, not encrypted',
      json: section === null ? { ...backup, version: 4 } : withKey({ ...backup, version: 4 }, section, {}),
      expected: 'invalid' as const,
    })),
  // A newer version: refused with "update this app first", whatever else the file holds (plain versions skip 4).
  (backup) =>
    fc
      .tuple(fc.integer({ min: BACKUP_VERSION + 1 }), fc.option(unknownKey(SECTIONS)))
      .map(([version, section]) => ({
        what: `version ${version}`,
        json: section === null ? { ...backup, version } : withKey({ ...backup, version }, section, {}),
        expected: 'newer-version' as const,
      })),
  // An own message in a pack language in a file from before version 7, which added them.
  (backup) =>
    fc
      .tuple(
        fc.constantFrom(5, 6),
        fc.constantFrom(...SITUATIONS),
        fc.constantFrom(
          ...MESSAGE_LANGUAGES.filter((language) => !BUILT_IN_LANGUAGES.includes(language as 'en')),
        ),
        fc.string({ maxLength: 200 }),
      )
      .map(([version, situation, language, text]) => ({
        what: `version ${version} with its own ${language} message`,
        json: {
          ...backup,
          version,
          alerts: {
            ...backup.alerts,
            [situation]: { ...NEW_ALERT, messages: { en: '', es: '', [language]: text } },
          },
        },
        expected: 'invalid' as const,
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
];

// The family plan, broken in one place. A section the file lacks is added (as a new family's) to be broken.
const sectionOf = (backup: Backup, section: PlanSectionId): Json =>
  (backup.plan[section] ?? EMPTY_PLAN[section]) as unknown as Json;
const withSection = (backup: Backup, section: string, record: unknown): Json => ({
  ...backup,
  plan: withKey(backup.plan, section, record),
});
const dataFields = (section: PlanSectionId) => Object.keys(PLAN_SCHEMAS[section].entries);
const NESTED = {
  household: { list: 'people', schema: PersonSchema, arb: personArb },
  children: { list: 'children', schema: ChildCareSchema, arb: childCareArb },
  documents: { list: 'items', schema: DocumentItemSchema, arb: documentArb },
} as const;
type Nested = keyof typeof NESTED;
const nestedSections = Object.keys(NESTED) as Nested[];
/** A plan section's record with one person (child's care, document) more, changed by `change`. */
function withNested(backup: Backup, section: Nested, entry: Json): Json {
  const record = sectionOf(backup, section);
  const data = record['data'] as Json;
  const list = NESTED[section].list;
  return withSection(backup, section, {
    ...record,
    data: { ...data, [list]: [...(data[list] as unknown[]), entry] },
  });
}

const planBreakages: Array<(backup: Backup) => fc.Arbitrary<Broken>> = [
  // A plan field (or `skipped`) of the wrong type or value.
  (backup) =>
    fc
      .constantFrom(...PLAN_SECTIONS)
      .chain((section) =>
        fc
          .constantFrom('skipped', ...dataFields(section))
          .chain((field) =>
            refusedBy(
              field === 'skipped'
                ? v.boolean()
                : ((PLAN_SCHEMAS[section].entries as Record<string, v.GenericSchema>)[field] ?? v.never()),
            ).map((value) => ({ section, field, value })),
          ),
      )
      .map(({ section, field, value }) => {
        const record = sectionOf(backup, section);
        return {
          what: `plan.${section}.${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
          json: withSection(
            backup,
            section,
            field === 'skipped'
              ? { ...record, skipped: value }
              : { ...record, data: withKey(record['data'] as Json, field, value) },
          ),
          expected: 'invalid' as const,
        };
      }),
  // A plan field missing, or the section's `skipped` or `data`.
  (backup) =>
    fc
      .constantFrom(...PLAN_SECTIONS)
      .chain((section) =>
        fc.constantFrom('skipped', 'data', ...dataFields(section)).map((field) => ({ section, field })),
      )
      .map(({ section, field }) => {
        const record = sectionOf(backup, section);
        return {
          what: `plan.${section} without ${field}`,
          json: withSection(
            backup,
            section,
            field === 'skipped' || field === 'data'
              ? without(record, field)
              : { ...record, data: without(record['data'] as Json, field) },
          ),
          expected: 'invalid' as const,
        };
      }),
  // A field of a person, a child's care or a document of the wrong type or value.
  (backup) =>
    fc
      .constantFrom(...nestedSections)
      .chain((section) =>
        fc.tuple(
          fc.constant(section),
          NESTED[section].arb,
          fc.constantFrom(...Object.keys(NESTED[section].schema.entries)),
        ),
      )
      .chain(([section, entry, field]) =>
        refusedBy(
          (NESTED[section].schema.entries as Record<string, v.GenericSchema>)[field] ?? v.never(),
        ).map((value) => ({
          what: `plan.${section} entry with ${field} = ${JSON.stringify(value)?.slice(0, 40)}`,
          json: withNested(backup, section, withKey(entry, field, value)),
          expected: 'invalid' as const,
        })),
      ),
  // A key smuggled into a plan section, its data, or a person, child's care or document.
  (backup) =>
    fc
      .tuple(
        fc.constantFrom(...PLAN_SECTIONS),
        fc.constantFrom('record' as const, 'data' as const, 'entry' as const),
        fc.string({ maxLength: 30 }),
        fc.oneof(huge, fc.jsonValue()),
      )
      .map(([section, where, key, value]) => {
        const nested = nestedSections.find((known) => known === section && where === 'entry');
        return {
          section,
          where: nested ? ('entry' as const) : where === 'entry' ? 'data' : where,
          nested,
          key,
          value,
        };
      })
      .filter(({ section, where, nested, key }) => {
        const known =
          where === 'entry' && nested
            ? Object.keys(NESTED[nested].schema.entries)
            : where === 'data'
              ? dataFields(section)
              : ['skipped', 'data'];
        return !known.includes(key);
      })
      .chain(({ section, where, nested, key, value }) => {
        const record = sectionOf(backup, section);
        if (nested) {
          return (NESTED[nested].arb as fc.Arbitrary<Json>).map((entry) => ({
            what: `extra field "${key}" in a plan.${section} entry`,
            json: withNested(backup, nested, withKey(entry, key, value)),
            expected: 'invalid' as const,
          }));
        }
        return fc.constant({
          what: `extra field "${key}" in plan.${section}${where === 'record' ? '' : '.data'}`,
          json: withSection(
            backup,
            section,
            where === 'record'
              ? withKey(record, key, value)
              : { ...record, data: withKey(record['data'] as Json, key, value) },
          ),
          expected: 'invalid' as const,
        });
      }),
  // A plan section this version does not know, or a plan that is not an object of sections.
  (backup) =>
    fc
      .oneof(
        fc.tuple(unknownKey(PLAN_SECTIONS), fc.jsonValue()).map(([key, value]) => ({
          what: `plan section "${key}"`,
          json: withSection(backup, key, value),
        })),
        refusedBy(BackupSchema.entries.plan).map((plan) => ({
          what: `plan = ${JSON.stringify(plan)?.slice(0, 40)}`,
          json: withKey(backup, 'plan', plan),
        })),
        fc.constant({ what: 'no plan in a version 3 file', json: without(backup, 'plan') }),
      )
      .map((broken) => ({ ...broken, expected: 'invalid' as const })),
  // Too many people, children's care or documents; a text over its limit.
  (backup) =>
    fc.oneof(
      fc.constantFrom(...nestedSections).chain((section) => {
        const limit = section === 'documents' ? PLAN_LIMITS.documents : PLAN_LIMITS.people;
        // One valid entry, repeated: the number is what breaks it (and is cheap to generate).
        return fc
          .tuple(NESTED[section].arb as fc.Arbitrary<unknown>, fc.integer({ min: limit + 1, max: limit + 5 }))
          .map(([entry, length]) => Array.from({ length }, () => entry))
          .map((entries) => {
            const record = sectionOf(backup, section);
            return {
              what: `plan.${section} with ${entries.length} entries`,
              json: withSection(backup, section, { ...record, data: { [NESTED[section].list]: entries } }),
              expected: 'invalid' as const,
            };
          });
      }),
      fc
        .tuple(
          fc.constantFrom(
            ['legal', 'notes'] as const,
            ['myPlan', 'familyMessage'] as const,
            ['money', 'savings'] as const,
            ['money', 'bankAccess'] as const,
          ),
          fc.integer({ min: PLAN_LIMITS.long + 1, max: 10_000 }),
        )
        .map(([[section, field], length]) => {
          const record = sectionOf(backup, section);
          return {
            what: `plan.${section}.${field} of ${length} characters`,
            json: withSection(backup, section, {
              ...record,
              data: withKey(record['data'] as Json, field, 'x'.repeat(length)),
            }),
            expected: 'invalid' as const,
          };
        }),
    ),
];

/** The same breakage in the version 1 form of the file (no plan). */
const inVersion1 = (broken: Broken): Broken => ({
  ...broken,
  what: `${broken.what} (version 1 file)`,
  json: without(withKey(broken.json as Json, 'version', 1), 'plan'),
});

export const brokenBackup: fc.Arbitrary<Broken> = validBackup.chain((backup) =>
  fc.oneof(
    // In a version 1 file, broken from what such a file can hold (no version 5 contact fields or alerts).
    ...sharedBreakages.map((breakage) =>
      fc
        .boolean()
        .chain((v1) =>
          breakage(v1 ? withoutVersion5(backup) : backup).map((broken) => (v1 ? inVersion1(broken) : broken)),
        ),
    ),
    ...fileBreakages.map((breakage) => breakage(backup)),
    ...planBreakages.map((breakage) => breakage(backup)),
  ),
);
