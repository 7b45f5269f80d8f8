import * as v from 'valibot';
import { safeMultilineText, safeText } from './safe-text';
import { FROM_FILE } from './from-file';

/**
 * The family preparedness plan, one record per section. It keeps the minimum a family needs and
 * never anyone's immigration status. Every text has a limit so a backup file cannot smuggle
 * huge values; optional links to contacts are contact ids. Every object is strict: a key this
 * version does not know is refused (in a save or a backup file), never silently dropped.
 */
export const PLAN_LIMITS = { short: 200, long: 2000, people: 20, documents: 40 } as const;

/** One line (a text box); refuses direction controls and control characters (./safe-text.ts). */
const short = v.pipe(safeText, v.maxLength(PLAN_LIMITS.short));
/** A few lines (a text area): line breaks and tabs allowed. */
const long = v.pipe(safeMultilineText, v.maxLength(PLAN_LIMITS.long));
const id = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));
/** A date as YYYY-MM-DD, or '' when not given. */
const date = v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]);
/** A contact id, or '' for nobody chosen yet. */
const contactLink = v.union([v.literal(''), id]);
const yesNo = v.picklist(['', 'yes', 'no']);
/** An A-number as stored: its 8 or 9 digits (src/features/plan/a-number.ts reads what people type). */
export const A_NUMBER_DIGITS = /^\d{8,9}$/;

export const PLAN_SECTIONS = [
  'household',
  'children',
  'documents',
  'legal',
  'money',
  'myPlan',
  'review',
] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

export const PersonSchema = v.strictObject({
  id,
  /** Spelled exactly as on the person's documents: the detainee locator needs an exact match. */
  fullName: short,
  dateOfBirth: date,
  countryOfBirth: short,
  /** 8 or 9 digits, or '' (optional). */
  aNumber: v.union([v.literal(''), v.pipe(v.string(), v.regex(A_NUMBER_DIGITS))]),
  isChild: v.boolean(),
  medicines: long,
  allergies: long,
  doctor: short,
  /** For children: school or child care, and how to reach it. */
  school: short,
});

export const HouseholdSchema = v.strictObject({
  people: v.pipe(v.array(PersonSchema), v.maxLength(PLAN_LIMITS.people)),
});

export const CARE_AUTHORIZATIONS = [
  '',
  'none',
  'verbal',
  'caregiver-affidavit',
  'power-of-attorney',
  'standby-guardianship',
] as const;

export const ChildCareSchema = v.strictObject({
  childId: id,
  firstPickUp: contactLink,
  secondPickUp: contactLink,
  onSchoolList: yesNo,
  authorization: v.picklist(CARE_AUTHORIZATIONS),
  papersWhere: short,
  whatChildKnows: long,
});

export const ChildrenSchema = v.strictObject({
  children: v.pipe(v.array(ChildCareSchema), v.maxLength(PLAN_LIMITS.people)),
});

/**
 * The papers of the documents checklist, in the order it shows them (src/features/plan gives each
 * its name and help line). The ids are stored in plans and backups: never rename or reuse one.
 */
export const DOCUMENT_IDS = [
  'birth-certificates',
  'passports',
  'marriage-divorce',
  'social-security-itin',
  'photo-ids',
  'school-records',
  'medical-records',
  'immigration-papers',
  'a-numbers',
  'past-lawyers',
  'criminal-court',
  'home-papers',
  'tax-returns',
  'bank-papers',
  'proof-two-years',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

/** Whether an id is one of the checklist's papers (a backup may hold a family's own). */
export const isChecklistId = (id: string): id is DocumentId =>
  (DOCUMENT_IDS as readonly string[]).includes(id);

export const DocumentItemSchema = v.strictObject({
  /** One of DOCUMENT_IDS, or a family's own. */
  id,
  have: yesNo,
  originalWhere: short,
  copyWith: short,
});

export const DocumentsSchema = v.strictObject({
  items: v.pipe(v.array(DocumentItemSchema), v.maxLength(PLAN_LIMITS.documents)),
});

export const LegalSchema = v.strictObject({
  lawyer: contactLink,
  g28Signed: yesNo,
  g28With: short,
  rapidResponse: contactLink,
  notes: long,
});

export const MoneySchema = v.strictObject({
  bankAccess: short,
  rentAndBills: short,
  lastPaycheck: short,
  powerOfAttorney: yesNo,
  powerOfAttorneyWith: short,
  savings: long,
});

export const MyPlanSchema = v.strictObject({
  atHome: long,
  atWork: long,
  onStreetOrCar: long,
  callFirst: contactLink,
  memorized: contactLink,
  /** The message the family should receive, as the person wrote it (nothing sends it). */
  familyMessage: long,
});

export const ReviewSchema = v.strictObject({
  /** The day the plan was last gone over with the family. */
  lastReviewed: date,
});

/** Each section's record; `skipped` marks a section the family chose not to fill in. */
export const PLAN_SCHEMAS = {
  household: HouseholdSchema,
  children: ChildrenSchema,
  documents: DocumentsSchema,
  legal: LegalSchema,
  money: MoneySchema,
  myPlan: MyPlanSchema,
  review: ReviewSchema,
} as const;

export type PlanSections = { [K in PlanSectionId]: v.InferOutput<(typeof PLAN_SCHEMAS)[K]> };
export type Person = v.InferOutput<typeof PersonSchema>;
export type ChildCare = v.InferOutput<typeof ChildCareSchema>;
export type DocumentItem = v.InferOutput<typeof DocumentItemSchema>;

/** A stored section: its data, and whether the family chose to skip it. */
export interface PlanRecord<K extends PlanSectionId> {
  skipped: boolean;
  data: PlanSections[K];
}

/** The schema of one section record, as a save or a backup file gives it. */
export function planRecordSchema<K extends PlanSectionId>(section: K) {
  return v.strictObject({ skipped: v.boolean(), data: PLAN_SCHEMAS[section] });
}

/** A section as stored: one a backup file brought in is marked `fromFile` until the person edits it. */
export type StoredPlanRecord<K extends PlanSectionId> = PlanRecord<K> & { fromFile?: true };

/** Checks a stored section, stopping at the first issue (a crafted record cannot make it slow). */
export function parseStoredSection<K extends PlanSectionId>(section: K, value: unknown) {
  const schema = v.strictObject({ ...planRecordSchema(section).entries, fromFile: FROM_FILE });
  return v.safeParse(schema, value, { abortEarly: true });
}

/** What a new family starts with: every section empty, none skipped. */
export const EMPTY_PLAN: { [K in PlanSectionId]: PlanRecord<K> } = {
  household: { skipped: false, data: { people: [] } },
  children: { skipped: false, data: { children: [] } },
  documents: { skipped: false, data: { items: [] } },
  legal: { skipped: false, data: { lawyer: '', g28Signed: '', g28With: '', rapidResponse: '', notes: '' } },
  money: {
    skipped: false,
    data: {
      bankAccess: '',
      rentAndBills: '',
      lastPaycheck: '',
      powerOfAttorney: '',
      powerOfAttorneyWith: '',
      savings: '',
    },
  },
  myPlan: {
    skipped: false,
    data: { atHome: '', atWork: '', onStreetOrCar: '', callFirst: '', memorized: '', familyMessage: '' },
  },
  review: { skipped: false, data: { lastReviewed: '' } },
};
