import { describe, expect, it } from 'vitest';
import { addContact } from '../../src/storage/contacts-store';
import { EMPTY_PLAN } from '../../src/storage/plan-record';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { contact, person } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

/* Records are strict objects (valibot's strictObject): a key this version does not know is refused, never dropped. */
describe('stored records are strict', () => {
  useFreshDatabase();

  it('refuses a contact or a plan section with a key this version does not know, at any depth', async () => {
    const { id, order, ...draft } = contact('ana', 'Ana', 0);
    void [id, order];
    expect(await addContact({ ...draft, email: 'a@b.c' } as never, [])).toEqual({
      ok: false,
      problem: 'invalid',
    });
    const people = [{ ...person('ana', 'Ana', false), passport: 'X123' }];
    expect(await saveSection('household', { skipped: false, data: { people } }, undefined)).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(
      await saveSection(
        'review',
        { ...EMPTY_PLAN.review, data: { lastReviewed: '', note: '' } } as never,
        undefined,
      ),
    ).toEqual({ ok: false, problem: 'invalid' });
  });

  it('saves a section handed back as it was read, with its revision', async () => {
    expect(await saveSection('review', EMPTY_PLAN.review, undefined)).toEqual({ ok: true, value: 1 });
    const opened = await loadPlan();
    if (!opened.ok) throw new Error(opened.problem);
    expect(await saveSection('review', opened.value.plan.review, opened.value.plan.review.rev)).toEqual({
      ok: true,
      value: 2,
    });
  });
});
