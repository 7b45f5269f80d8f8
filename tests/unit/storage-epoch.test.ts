import { describe, expect, it, vi } from 'vitest';
import { importBackup } from '../../src/storage/backup/import';
import { closeDB } from '../../src/storage/db';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import type { PlanRecord } from '../../src/storage/plan-record';
import { forgetEpoch } from '../../src/storage/epoch';
import { useFreshDatabase } from './support/fresh-db';

/*
 * Two tabs of the app: this module's storage is one tab; `otherTab()` loads a second, separate copy of
 * the storage modules (its own connection, its own memory), as another tab has, over the same IndexedDB.
 */
async function otherTab() {
  vi.resetModules();
  const [plan, wipe, db, backup] = await Promise.all([
    import('../../src/storage/plan-store'),
    import('../../src/storage/wipe'),
    import('../../src/storage/db'),
    import('../../src/storage/backup/import'),
  ]);
  return { ...plan, ...wipe, ...db, ...backup };
}

const money = (savings: string): PlanRecord<'money'> => ({
  skipped: false,
  data: {
    bankAccess: '',
    rentAndBills: '',
    lastPaycheck: '',
    powerOfAttorney: '',
    powerOfAttorneyWith: '',
    savings,
  },
});
const legal = (notes: string): PlanRecord<'legal'> => ({
  skipped: false,
  data: { lawyer: '', g28Signed: '', g28With: '', rapidResponse: '', notes },
});

describe('"Delete all" and "replace" in another tab start a new epoch', () => {
  useFreshDatabase();

  it('a tab holding a section at revision 1 cannot overwrite the section made again after "Delete all"', async () => {
    expect(await saveSection('money', money('Old savings'), undefined)).toEqual({ ok: true, value: 1 });
    const other = await otherTab();
    expect(await other.deleteAllData()).toMatchObject({ ok: true });
    expect(await other.saveSection('money', money('New savings'), undefined)).toEqual({ ok: true, value: 1 });

    // Revision 1 again, but of another database: refused, and the new section stays.
    expect(await saveSection('money', money('Old savings, edited'), 1)).toEqual({
      ok: false,
      problem: 'reset',
    });
    const after = await other.loadPlan();
    expect(after.ok && after.value.plan.money.data.savings).toBe('New savings');
    await other.closeDB();
  });

  it('unsaved text for a never-saved section does not come back after "Delete all"', async () => {
    expect(await loadPlan()).toMatchObject({ ok: true }); // this tab shows the plan, legal never saved
    const other = await otherTab();
    expect(await other.deleteAllData()).toMatchObject({ ok: true });

    expect(await saveSection('legal', legal('Typed before the wipe'), undefined)).toEqual({
      ok: false,
      problem: 'reset',
    });
    expect(await loadPlan()).toEqual({ ok: false, problem: 'reset' });
    // Reloaded, the tab reads what is there now, and saves again.
    await closeDB();
    forgetEpoch();
    const reloaded = await loadPlan();
    expect(reloaded.ok && reloaded.value.plan.legal.rev).toBeUndefined();
    expect(await saveSection('legal', legal('Typed after the reload'), undefined)).toEqual({
      ok: true,
      value: 1,
    });
    await other.closeDB();
  });

  it('a "replace" import in another tab refuses this tab\'s older copy, even at the same revision', async () => {
    expect(await saveSection('legal', legal('Mine'), undefined)).toEqual({ ok: true, value: 1 });
    const other = await otherTab();
    const file = {
      format: 'defend-your-rights-backup',
      version: 2,
      exportedAt: '2026-03-14T15:09:26.000Z',
      settings: {},
      contacts: [],
      practice: [],
      plan: { money: money('From the file') },
    } as const;
    expect(await other.importBackup(file as never, 'replace', 'take')).toMatchObject({ ok: true });
    // `legal` was cleared by the replace; this tab still thinks it holds revision 1 of it.
    expect(await saveSection('money', money('Mine'), undefined)).toEqual({ ok: false, problem: 'reset' });
    // The tab that imported keeps working with what it wrote.
    expect(await other.saveSection('money', money('Edited after import'), 1)).toEqual({ ok: true, value: 2 });
    await other.closeDB();
  });

  it('this tab\'s own "replace" import keeps it working', async () => {
    expect(await saveSection('legal', legal('Mine'), undefined)).toEqual({ ok: true, value: 1 });
    const file = {
      format: 'defend-your-rights-backup',
      version: 2,
      exportedAt: '2026-03-14T15:09:26.000Z',
      settings: {},
      contacts: [],
      practice: [],
      plan: { money: money('From the file') },
    } as const;
    expect(await importBackup(file as never, 'replace', 'take')).toMatchObject({ ok: true });
    expect(await saveSection('money', money('Edited'), 1)).toEqual({ ok: true, value: 2 });
  });
});
