import * as v from 'valibot';
import { STORED_PHONE } from '../shared/stored-phone';
import { safeMultilineText, safeText } from './safe-text';
import { FROM_FILE } from './from-file';

/** Who a contact is to the family; the UI names each role in the person's language. */
export const CONTACT_ROLES = [
  'family',
  'caregiver',
  'lawyer',
  'rapid-response',
  'consulate',
  'employer',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** The roles the help screen offers to call with one tap. */
export const CALLING_ROLES = ['lawyer', 'rapid-response'] as const satisfies readonly ContactRole[];

/**
 * Limits a person can see in the form; the same limits guard storage and backup files. Records are
 * strict objects: a key this version does not know is refused, never silently dropped. Texts refuse
 * direction controls and control characters (./safe-text.ts); only the notes have several lines.
 */
/**
 * The languages an alert message can be sent in (./alert-record.ts): English, Spanish, and since contacts
 * shape 4 each whole-app pack language (src/i18n/pack-languages.ts, tier `whole`: their packs hold the
 * alert's ready-made messages). Written out here, since storage imports nothing of i18n;
 * tests/unit/alert-pack-language.test.ts keeps the two lists in step.
 */
export const MESSAGE_LANGUAGES = ['en', 'es', 'ht', 'pt-BR', 'zh-Hans', 'vi', 'fr', 'ar'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export const CONTACT_LIMITS = { name: 100, phones: 5, languages: 100, notes: 1000 } as const;

export const ContactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/)),
  name: v.pipe(safeText, v.trim(), v.minLength(1), v.maxLength(CONTACT_LIMITS.name)),
  phones: v.pipe(
    // Numbers come from checkPhone (src/shared/phone.ts): here only their shape is checked. An
    // extension (`;ext=123`) since contacts shape 2.
    v.array(v.pipe(v.string(), v.regex(STORED_PHONE))),
    v.minLength(1),
    v.maxLength(CONTACT_LIMITS.phones),
  ),
  role: v.picklist(CONTACT_ROLES),
  languages: v.pipe(safeText, v.maxLength(CONTACT_LIMITS.languages)),
  notes: v.pipe(safeMultilineText, v.maxLength(CONTACT_LIMITS.notes)),
  mayPickUpChildren: v.boolean(),
  /** Position in the list: who to call first. */
  order: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  /**
   * Since contacts shape 3: the language the alert's message is sent to them in (unset: the language of
   * the screen when it is sent; a pack language since shape 4), and whether their number takes no texts (the alert offers a call).
   */
  messageLanguage: v.optional(v.picklist(MESSAGE_LANGUAGES)),
  landline: v.optional(v.boolean()),
});

export type Contact = v.InferOutput<typeof ContactSchema>;

export const isContact = (value: unknown): value is Contact => v.is(ContactSchema, value);

/** A contact as stored: a backup file's contact is marked `fromFile` until the person edits it. */
export const StoredContactSchema = v.strictObject({ ...ContactSchema.entries, fromFile: FROM_FILE });
export type StoredContact = v.InferOutput<typeof StoredContactSchema>;
export const isStoredContact = (value: unknown): value is StoredContact => v.is(StoredContactSchema, value);

/**
 * Calling order: by place in the list; equal places (a merged backup file keeps both lists' numbers)
 * by name, then by id, so every list, file and printout shows the same order.
 */
export function byCallingOrder(a: Pick<Contact, 'order' | 'name' | 'id'>, b: typeof a): number {
  return a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/**
 * The local rapid-response line, from contacts in calling order: the first rapid-response contact the
 * person has confirmed, else the first from a backup file. A file may come from someone else, and a merge
 * keeps both lists' places: its line must not take over the one-tap "local line" from the phone's own.
 * The emergency bar, the help screen and the wallet card all ask here.
 */
export function localLineOf<T extends Pick<StoredContact, 'role' | 'fromFile' | 'phones'>>(
  contacts: readonly T[],
): T | undefined {
  const lines = contacts.filter((contact) => contact.role === 'rapid-response' && contact.phones.length > 0);
  return lines.find((contact) => contact.fromFile !== true) ?? lines[0];
}

/** How well a person knows a contact's number by heart, from the memorize drill. */
export const PracticeSchema = v.strictObject({
  right: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  tries: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  /** The last try, as an ISO date (YYYY-MM-DD), or '' before the first. */
  lastTried: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
});

export type Practice = v.InferOutput<typeof PracticeSchema>;

export const isPractice = (value: unknown): value is Practice => v.is(PracticeSchema, value);
