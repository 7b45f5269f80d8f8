import type { DocumentItem } from '../../storage/plan-record';

/**
 * The papers the sources tell families to gather, in the order the checklist shows them. The ids
 * are stored in plans and backups: never rename or reuse one. `hint` marks a paper with a help line.
 */
export const DOCUMENT_CHECKLIST = [
  { id: 'birth-certificates', hint: true },
  { id: 'passports', hint: true },
  { id: 'marriage-divorce', hint: false },
  { id: 'social-security-itin', hint: false },
  { id: 'photo-ids', hint: false },
  { id: 'school-records', hint: false },
  { id: 'medical-records', hint: false },
  { id: 'immigration-papers', hint: true },
  { id: 'a-numbers', hint: true },
  { id: 'past-lawyers', hint: false },
  { id: 'criminal-court', hint: true },
  { id: 'home-papers', hint: false },
  { id: 'tax-returns', hint: false },
  { id: 'bank-papers', hint: false },
  { id: 'proof-two-years', hint: true },
] as const;

export type ChecklistEntry = (typeof DOCUMENT_CHECKLIST)[number];
export type DocumentId = ChecklistEntry['id'];
export type HintedDocumentId = Extract<ChecklistEntry, { hint: true }>['id'];

const CHECKLIST_IDS: readonly string[] = DOCUMENT_CHECKLIST.map((entry) => entry.id);

/** Whether an id is one of the checklist's papers (a backup may hold a family's own). */
export const isChecklistId = (id: string): id is DocumentId => CHECKLIST_IDS.includes(id);

/** One paper's answers, empty when the family has not answered yet. */
export function documentItem(items: readonly DocumentItem[], id: string): DocumentItem {
  return items.find((item) => item.id === id) ?? { id, have: '', originalWhere: '', copyWith: '' };
}

/**
 * The items with one paper's answers replaced: checklist papers in checklist order, any others
 * after them as they were. A paper with nothing answered is dropped, so the record stays small.
 */
export function withDocument(items: readonly DocumentItem[], changed: DocumentItem): DocumentItem[] {
  const known = items.some((item) => item.id === changed.id);
  const all = known ? items.map((item) => (item.id === changed.id ? changed : item)) : [...items, changed];
  const rank = (item: DocumentItem) => {
    const index = CHECKLIST_IDS.indexOf(item.id);
    return index === -1 ? CHECKLIST_IDS.length : index;
  };
  // Array.prototype.sort is stable: a family's own papers keep their order.
  return all.filter(isAnswered).sort((a, b) => rank(a) - rank(b));
}

const isAnswered = (item: DocumentItem) =>
  item.have !== '' || item.originalWhere !== '' || item.copyWith !== '';
