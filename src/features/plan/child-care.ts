import { PLAN_LIMITS, type ChildCare } from '../../storage/plan-record';

export function emptyCare(childId: string): ChildCare {
  return {
    childId,
    firstPickUp: '',
    secondPickUp: '',
    onSchoolList: '',
    authorization: '',
    papersWhere: '',
    whatChildKnows: '',
  };
}

/** A child's care record, or an empty one when nothing was written for that child yet. */
export function careFor(records: ChildCare[], childId: string): ChildCare {
  return records.find((record) => record.childId === childId) ?? emptyCare(childId);
}

/** Authorizations that are papers someone has to keep somewhere. */
export const PAPER_AUTHORIZATIONS: readonly ChildCare['authorization'][] = [
  'caregiver-affidavit',
  'power-of-attorney',
  'standby-guardianship',
];

/**
 * The records with one child's record changed or added. Records of children no longer in the
 * household (removed in another tab since this copy was read) make room when the list is full, since
 * the section could not be saved otherwise. Saving the household deletes them (src/storage/plan-store.ts).
 */
export function withCare(records: ChildCare[], care: ChildCare, householdIds: string[]): ChildCare[] {
  if (records.some((record) => record.childId === care.childId)) {
    return records.map((record) => (record.childId === care.childId ? care : record));
  }
  const kept =
    records.length < PLAN_LIMITS.people
      ? records
      : records.filter((record) => householdIds.includes(record.childId));
  return [...kept, care];
}
