import { describe, expect, it } from 'vitest';
import { collect } from '../../src/storage/backup/export';
import { addContact, deleteContact, listContacts } from '../../src/storage/contacts-store';
import { getDB } from '../../src/storage/db';
import { EMPTY_PLAN, type ChildCare, type Person } from '../../src/storage/plan-record';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { loadPractice, recordTry } from '../../src/storage/practice-store';
import { useFreshDatabase } from './support/fresh-db';

/* What belongs to a contact or a child leaves the phone (and the next backup) with them. */
const draft = {
  name: 'Ana',
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: true,
} as const;

const child = (id: string, fullName: string): Person => ({
  id,
  fullName,
  dateOfBirth: '',
  countryOfBirth: '',
  aNumber: '',
  isChild: true,
  medicines: '',
  allergies: '',
  doctor: '',
  school: '',
});
const care = (childId: string, papersWhere: string): ChildCare => ({
  childId,
  firstPickUp: '',
  secondPickUp: '',
  onSchoolList: '',
  authorization: 'caregiver-affidavit',
  papersWhere,
  whatChildKnows: '',
});

describe('records that depend on a contact or a child', () => {
  useFreshDatabase();

  it('deleting a contact deletes its practice counts, so no backup carries them', async () => {
    const added = await addContact({ ...draft, phones: [...draft.phones] }, []);
    if (!added.ok) throw new Error(added.problem);
    expect(await recordTry(added.value.id, true, '2026-03-10')).toMatchObject({ ok: true });

    expect(await deleteContact(added.value)).toEqual({ ok: true, value: undefined });
    const practice = await loadPractice();
    expect(practice.ok && practice.value.size).toBe(0);
    expect((await collect(new Date())).backup.practice).toEqual([]);
  });

  it('a practice try for a contact deleted in another tab is not kept', async () => {
    const added = await addContact({ ...draft, phones: [...draft.phones] }, []);
    if (!added.ok) throw new Error(added.problem);
    await deleteContact(added.value);
    expect(await recordTry(added.value.id, true, '2026-03-10')).toEqual({ ok: false, problem: 'stale' });
    const practice = await loadPractice();
    expect(practice.ok && practice.value.size).toBe(0);
    expect(await listContacts()).toEqual({ ok: true, value: { contacts: [], unreadable: 0 } });
  });

  it("removing a child from the household deletes that child's care, in the same save", async () => {
    const people = [child('sofi', 'Sofía'), child('leo', 'Leo')];
    expect(await saveSection('household', { skipped: false, data: { people } }, undefined)).toMatchObject({
      ok: true,
    });
    const children = {
      skipped: false,
      data: { children: [care('sofi', 'Blue folder'), care('leo', 'Red box')] },
    };
    expect(await saveSection('children', children, undefined)).toEqual({ ok: true, value: 1 });

    const left = { skipped: false, data: { people: [child('leo', 'Leo')] } };
    expect(await saveSection('household', left, 1)).toEqual({ ok: true, value: 2 });

    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.children).toEqual({
      skipped: false,
      data: { children: [care('leo', 'Red box')] },
      rev: 2,
    });
    expect(JSON.stringify((await collect(new Date())).backup)).not.toContain('Blue folder');
  });

  it('a household save leaves a damaged children section as it is', async () => {
    const damaged = {
      rev: 3,
      shape: 1,
      body: { codec: 'plain-1' as const, data: { children: 'not a list' } },
    };
    await (await getDB()).put('plan', damaged, 'children');
    expect(await saveSection('household', EMPTY_PLAN.household, undefined)).toEqual({ ok: true, value: 1 });
    expect(await (await getDB()).get('plan', 'children')).toEqual(damaged);
  });
});
