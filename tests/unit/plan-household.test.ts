import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { careFor, emptyCare, withCare } from '../../src/features/plan/child-care';
import { childrenOf, newPerson, removePerson, restorePerson } from '../../src/features/plan/household';
import { ChildrenSchema, HouseholdSchema, PLAN_LIMITS, type ChildCare } from '../../src/storage/plan-record';

const [ana, beto, cata] = ['ana', 'beto', 'cata'].map((id) => ({ ...newPerson(id), fullName: id }));
if (!ana || !beto || !cata) throw new Error('people');

describe('household list', () => {
  it('a new person can be saved as it is', () => {
    expect(v.safeParse(HouseholdSchema, { people: [newPerson(crypto.randomUUID())] }).success).toBe(true);
  });

  it('"Undo" puts a removed person back in the same place, with everything written', () => {
    const people = [ana, { ...beto, medicines: 'Insulin' }, cata];
    const { people: left, removed } = removePerson(people, 'beto');
    expect(left.map((person) => person.id)).toEqual(['ana', 'cata']);
    if (!removed) throw new Error('not removed');
    expect(restorePerson(left, removed)).toEqual(people);
    expect(restorePerson(restorePerson(left, removed), removed)).toEqual(people); // twice is once
  });

  it('removing someone not in the list changes nothing', () => {
    expect(removePerson([ana], 'nobody')).toEqual({ people: [ana] });
  });

  it('finds the children in household order', () => {
    expect(
      childrenOf([{ ...ana, isChild: true }, beto, { ...cata, isChild: true }]).map((p) => p.id),
    ).toEqual(['ana', 'cata']);
  });
});

describe("children's care records", () => {
  it('a child with no record yet gets an empty one', () => {
    expect(careFor([], 'leo')).toEqual(emptyCare('leo'));
  });

  it("changes a child's record in place, or adds it", () => {
    const first = { ...emptyCare('leo'), papersWhere: 'Drawer' };
    const records = withCare([], first, ['leo']);
    expect(records).toEqual([first]);
    expect(withCare(records, { ...first, papersWhere: 'Safe' }, ['leo'])).toEqual([
      { ...first, papersWhere: 'Safe' },
    ]);
  });

  it('keeps records of children removed from the household, until room is needed', () => {
    const orphan = { ...emptyCare('gone'), whatChildKnows: 'kept' };
    expect(withCare([orphan], emptyCare('leo'), ['leo'])).toEqual([orphan, emptyCare('leo')]);

    const full: ChildCare[] = Array.from({ length: PLAN_LIMITS.people }, (_, i) => emptyCare(`old-${i}`));
    const kids = ['old-0', 'leo'];
    const after = withCare(full, emptyCare('leo'), kids);
    expect(after.map((record) => record.childId)).toEqual(['old-0', 'leo']);
    expect(v.safeParse(ChildrenSchema, { children: after }).success).toBe(true);
  });
});
