import { describe, expect, it } from 'vitest';
import { DOCUMENT_CHECKLIST } from '../../src/features/plan/document-checklist';
import { sectionProgress } from '../../src/features/plan/progress';
import { EMPTY_PLAN } from '../../src/storage/plan-record';

const total = DOCUMENT_CHECKLIST.length;
const doc = (id: string, have: '' | 'yes' | 'no', originalWhere = '') => ({
  id,
  have,
  originalWhere,
  copyWith: '',
});

describe('progress of the documents, legal help, money and raid-plan sections', () => {
  it('counts every paper on the checklist, not only those answered so far', () => {
    expect(sectionProgress('documents', EMPTY_PLAN.documents)).toEqual({ kind: 'counted', done: 0, total });
    const one = { skipped: false, data: { items: [doc('passports', 'yes')] } };
    expect(sectionProgress('documents', one)).toEqual({ kind: 'counted', done: 1, total });
  });

  it('counts "no" as an answer, but not "not sure yet", and not a family’s own paper', () => {
    const items = [doc('passports', 'no'), doc('tax-returns', '', 'Closet'), doc('own-paper', 'yes')];
    expect(sectionProgress('documents', { skipped: false, data: { items } })).toEqual({
      kind: 'counted',
      done: 1,
      total,
    });
  });

  it('is complete when every paper is answered', () => {
    const items = DOCUMENT_CHECKLIST.map((entry, index) => doc(entry.id, index % 2 ? 'yes' : 'no'));
    expect(sectionProgress('documents', { skipped: false, data: { items } })).toEqual({
      kind: 'counted',
      done: total,
      total,
    });
  });

  it('legal help: the lawyer, the G-28 answer and the rapid-response line', () => {
    expect(sectionProgress('legal', EMPTY_PLAN.legal)).toEqual({ kind: 'counted', done: 0, total: 3 });
    const data = { ...EMPTY_PLAN.legal.data, lawyer: 'c1', g28Signed: 'no' as const, notes: 'x' };
    expect(sectionProgress('legal', { skipped: false, data })).toEqual({
      kind: 'counted',
      done: 2,
      total: 3,
    });
  });

  it('money and home: five questions; who holds a power of attorney is not counted on its own', () => {
    expect(sectionProgress('money', EMPTY_PLAN.money)).toEqual({ kind: 'counted', done: 0, total: 5 });
    const data = {
      ...EMPTY_PLAN.money.data,
      bankAccess: 'Rosa',
      powerOfAttorney: 'yes' as const,
      powerOfAttorneyWith: 'Rosa',
    };
    expect(sectionProgress('money', { skipped: false, data })).toEqual({
      kind: 'counted',
      done: 2,
      total: 5,
    });
  });

  it('my raid-response plan: six answers', () => {
    const data = {
      atHome: 'No abro la puerta',
      atWork: 'Me quedo callado',
      onStreetOrCar: 'Pregunto si me puedo ir',
      callFirst: 'c1',
      memorized: 'c2',
      familyMessage: 'Estoy bien',
    };
    expect(sectionProgress('myPlan', { skipped: false, data })).toEqual({
      kind: 'counted',
      done: 6,
      total: 6,
    });
  });

  it('a skipped section says so, whatever it holds', () => {
    expect(sectionProgress('money', { ...EMPTY_PLAN.money, skipped: true })).toEqual({ kind: 'skipped' });
    expect(
      sectionProgress('documents', { skipped: true, data: { items: [doc('passports', 'yes')] } }),
    ).toEqual({ kind: 'skipped' });
  });
});
