import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN } from '../../src/storage/plan-record';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { closeDB } from '../../src/storage/db';
import { deleteAllData } from '../../src/storage/wipe';
import { useFreshDatabase } from './support/fresh-db';

const person = {
  id: 'p1',
  fullName: 'María Guadalupe López Pérez',
  dateOfBirth: '1988-03-14',
  countryOfBirth: 'México',
  aNumber: '123456789',
  isChild: false,
  medicines: '',
  allergies: 'Penicilina',
  doctor: '',
  school: '',
};

async function plan() {
  const loaded = await loadPlan();
  if (!loaded.ok) throw new Error(loaded.problem);
  return loaded.value.plan;
}

describe('family plan store', () => {
  useFreshDatabase();

  it('a new family has an empty plan with nothing saved yet', async () => {
    const empty = await plan();
    expect(empty.household).toEqual({ ...EMPTY_PLAN.household, rev: undefined });
    expect(empty.review.data.lastReviewed).toBe('');
  });

  it('keeps a saved section across a closed database', async () => {
    expect(await saveSection('household', { skipped: false, data: { people: [person] } }, undefined)).toEqual(
      {
        ok: true,
        value: 1,
      },
    );
    await closeDB();
    expect((await plan()).household).toEqual({ skipped: false, data: { people: [person] }, rev: 1 });
  });

  it('refuses a save based on an outdated copy (another tab saved first)', async () => {
    await saveSection(
      'money',
      { ...EMPTY_PLAN.money, data: { ...EMPTY_PLAN.money.data, savings: 'a' } },
      undefined,
    );
    await saveSection('money', { ...EMPTY_PLAN.money, data: { ...EMPTY_PLAN.money.data, savings: 'b' } }, 1);
    const late = await saveSection(
      'money',
      { ...EMPTY_PLAN.money, data: { ...EMPTY_PLAN.money.data, savings: 'c' } },
      1,
    );
    expect(late).toEqual({ ok: false, problem: 'stale' });
    expect((await plan()).money.data.savings).toBe('b');
  });

  it('refuses an A-number that is not 8 or 9 digits, and a date that is not a date', async () => {
    for (const bad of [{ aNumber: '1234567' }, { aNumber: 'A12345678' }, { dateOfBirth: '14/03/1988' }]) {
      const result = await saveSection(
        'household',
        { skipped: false, data: { people: [{ ...person, ...bad }] } },
        undefined,
      );
      expect(result).toEqual({ ok: false, problem: 'invalid' });
    }
    expect((await plan()).household.rev).toBeUndefined();
  });

  it('remembers a skipped section', async () => {
    await saveSection('money', { ...EMPTY_PLAN.money, skipped: true }, undefined);
    expect((await plan()).money.skipped).toBe(true);
  });

  it('is removed by "delete all my data"', async () => {
    await saveSection('household', { skipped: false, data: { people: [person] } }, undefined);
    await deleteAllData();
    expect((await plan()).household.data.people).toEqual([]);
  });
});
