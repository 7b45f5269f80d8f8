import { DOCUMENT_IDS, type DocumentId, type DocumentItem } from '../../storage/plan-record';

/** The papers with a help line under their name. */
const HINTED = [
  'birth-certificates',
  'passports',
  'immigration-papers',
  'a-numbers',
  'criminal-court',
  'proof-two-years',
] as const satisfies readonly DocumentId[];
export type HintedDocumentId = (typeof HINTED)[number];

export type ChecklistEntry =
  { id: HintedDocumentId; hint: true } | { id: Exclude<DocumentId, HintedDocumentId>; hint: false };

const isHinted = (id: DocumentId): id is HintedDocumentId => (HINTED as readonly string[]).includes(id);

/**
 * The papers the sources tell families to gather, in the order the checklist shows them. Their ids
 * are kept with the stored plan (DOCUMENT_IDS), since plans and backups hold them; `hint` marks a
 * paper with a help line.
 */
export const DOCUMENT_CHECKLIST: readonly ChecklistEntry[] = DOCUMENT_IDS.map((id): ChecklistEntry =>
  isHinted(id) ? { id, hint: true } : { id, hint: false },
);

/**
 * The papers whose place a printout leaves out unless the person chooses to print it: a paper found in a
 * search must not lead anyone to the family's immigration papers or A-numbers.
 */
const IMMIGRATION_PAPERS: readonly DocumentId[] = ['immigration-papers', 'a-numbers'];

/** Whether a paper is one of the family's immigration papers (or where their A-numbers are written). */
export const isImmigrationPaper = (id: string): boolean =>
  (IMMIGRATION_PAPERS as readonly string[]).includes(id);

const CHECKLIST_IDS: readonly string[] = DOCUMENT_IDS;

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
