import { describe, expect, it } from 'vitest';
import { emptyCare } from '../../src/features/plan/child-care';
import { newPerson } from '../../src/features/plan/household';
import { isStepDone, quickDone, type QuickSections } from '../../src/features/plan/quick-plan';
import { EMPTY_PLAN } from '../../src/storage/plan-record';

const empty: QuickSections = {
  household: EMPTY_PLAN.household,
  children: EMPTY_PLAN.children,
  legal: EMPTY_PLAN.legal,
  myPlan: EMPTY_PLAN.myPlan,
  documents: EMPTY_PLAN.documents,
};
const kid = (id: string) => ({ ...newPerson(id), isChild: true });

describe('the ten-minute plan reads the sections’ own answers', () => {
  it('an empty plan has none of the four', () => {
    expect(quickDone(empty)).toBe(0);
  });

  it('the pick-up step needs someone for every child, or the children’s section skipped', () => {
    const household = { skipped: false, data: { people: [kid('a'), kid('b')] } };
    const one = { skipped: false, data: { children: [{ ...emptyCare('a'), firstPickUp: 'rosa' }] } };
    expect(isStepDone('pickUp', { ...empty, household, children: one })).toBe(false);
    const both = {
      skipped: false,
      data: { children: [...one.data.children, { ...emptyCare('b'), firstPickUp: 'tio' }] },
    };
    expect(isStepDone('pickUp', { ...empty, household, children: both })).toBe(true);
    expect(isStepDone('pickUp', { ...empty, children: { ...EMPTY_PLAN.children, skipped: true } })).toBe(
      true,
    );
  });

  it('the lawyer or the local line is enough; a paper the family does not have is an answer', () => {
    const line = { skipped: false, data: { ...EMPTY_PLAN.legal.data, rapidResponse: 'line' } };
    expect(isStepDone('legal', { ...empty, legal: line })).toBe(true);
    const item = { id: 'birth-certificates', have: 'yes' as const, originalWhere: '', copyWith: '' };
    expect(isStepDone('papers', { ...empty, documents: { skipped: false, data: { items: [item] } } })).toBe(
      false,
    );
    const none = { ...item, have: 'no' as const };
    expect(isStepDone('papers', { ...empty, documents: { skipped: false, data: { items: [none] } } })).toBe(
      true,
    );
  });
});
