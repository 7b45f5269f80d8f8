import { describe, expect, it } from 'vitest';
import { emptyCare } from '../../src/features/plan/child-care';
import { newPerson } from '../../src/features/plan/household';
import { sectionProgress } from '../../src/features/plan/progress';
import type { ChildCare, Person } from '../../src/storage/plan-record';

const adult: Person = {
  ...newPerson('mother'),
  fullName: 'María López',
  dateOfBirth: '1988-03-14',
  countryOfBirth: 'México',
};
const child: Person = { ...newPerson('son'), fullName: 'Leo López', isChild: true };
const household = (...people: Person[]) => ({ skipped: false, data: { people } });
const children = (...records: ChildCare[]) => ({ skipped: false, data: { children: records } });

describe('plan progress: household', () => {
  it('an empty household is not started', () => {
    expect(sectionProgress('household', household())).toEqual({ kind: 'counted', done: 0, total: 1 });
  });

  it('counts name, date and country of birth for each person; the optional A-number does not count', () => {
    expect(sectionProgress('household', household(adult, child))).toEqual({
      kind: 'counted',
      done: 4,
      total: 6,
    });
    expect(sectionProgress('household', household({ ...adult, aNumber: '123456789' }))).toEqual({
      kind: 'counted',
      done: 3,
      total: 3,
    });
  });

  it('a skipped section says so', () => {
    expect(sectionProgress('household', { ...household(adult), skipped: true })).toEqual({ kind: 'skipped' });
  });
});

describe('plan progress: children', () => {
  const people = [adult, child];
  const answered: ChildCare = {
    childId: 'son',
    firstPickUp: 'c1',
    secondPickUp: 'c2',
    onSchoolList: 'yes',
    authorization: 'verbal',
    papersWhere: '',
    whatChildKnows: 'Aunt Ana picks him up.',
  };

  it('asks five questions for each child in the household, even before anything is written', () => {
    expect(sectionProgress('children', children(), { people })).toEqual({
      kind: 'counted',
      done: 0,
      total: 5,
    });
    expect(
      sectionProgress('children', children(), { people: [adult, child, { ...child, id: 'girl' }] }),
    ).toEqual({ kind: 'counted', done: 0, total: 10 });
  });

  it('a verbal agreement is complete without papers; a paper authorization also asks where it is kept', () => {
    expect(sectionProgress('children', children(answered), { people })).toEqual({
      kind: 'counted',
      done: 5,
      total: 5,
    });
    const affidavit = { ...answered, authorization: 'caregiver-affidavit' as const };
    expect(sectionProgress('children', children(affidavit), { people })).toEqual({
      kind: 'counted',
      done: 5,
      total: 6,
    });
    expect(
      sectionProgress('children', children({ ...affidavit, papersWhere: 'Red folder' }), { people }),
    ).toEqual({ kind: 'counted', done: 6, total: 6 });
  });

  it('"not sure yet" is no answer; "none yet" is one', () => {
    const unsure = { ...emptyCare('son'), onSchoolList: '' as const, authorization: 'none' as const };
    expect(sectionProgress('children', children(unsure), { people })).toEqual({
      kind: 'counted',
      done: 1,
      total: 5,
    });
  });

  it('answers kept for a child no longer in the household do not count', () => {
    expect(sectionProgress('children', children(answered), { people: [adult] })).toEqual({
      kind: 'counted',
      done: 0,
      total: 1,
    });
    expect(
      sectionProgress('children', children(answered), { people: [adult, { ...child, isChild: false }] }),
    ).toEqual({ kind: 'counted', done: 0, total: 1 });
  });
});

describe('plan progress: review', () => {
  it('is complete once a review date is written', () => {
    expect(sectionProgress('review', { skipped: false, data: { lastReviewed: '' } })).toEqual({
      kind: 'counted',
      done: 0,
      total: 1,
    });
    expect(sectionProgress('review', { skipped: false, data: { lastReviewed: '2026-05-01' } })).toEqual({
      kind: 'counted',
      done: 1,
      total: 1,
    });
  });
});
