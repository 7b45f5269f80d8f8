import * as v from 'valibot';
import {
  EMPTY_PLAN,
  PLAN_SECTIONS,
  parseStoredSection,
  planRecordSchema,
  type PlanRecord,
  type PlanSectionId,
  type StoredPlanRecord,
} from './plan-record';
import { commit, readAll } from './records';
import { attempt, StorageError, type StorageResult } from './result';
import { STORES } from './schema';
import { watched } from './watched';

/** A section as read from the device; `rev` is undefined until its first save. */
export type SavedSection<K extends PlanSectionId> = StoredPlanRecord<K> & { rev: number | undefined };
export type SavedPlan = { [K in PlanSectionId]: SavedSection<K> };

/** The whole plan; sections never saved come back empty. Damaged sections are counted. */
export function loadPlan(): Promise<StorageResult<{ plan: SavedPlan; unreadable: number }>> {
  return attempt(async () => {
    const { records } = await readAll(STORES.plan, (value): value is unknown => value !== undefined);
    const plan = Object.fromEntries(
      PLAN_SECTIONS.map((section) => [section, { ...EMPTY_PLAN[section], rev: undefined }]),
    ) as SavedPlan;
    let unreadable = 0;
    for (const { key, rev, value } of records) {
      const section = PLAN_SECTIONS.find((known) => known === key);
      const parsed = section && parseStoredSection(section, value);
      if (section && parsed?.success) Object.assign(plan, { [section]: { ...parsed.output, rev } });
      else unreadable += 1;
    }
    return { plan, unreadable };
  });
}

/** The whole plan, kept current on screen (src/ui/use-stored.ts). */
export const watchedPlan = watched([STORES.plan], loadPlan);

/**
 * Saves one section, checked against its schema; refused as 'stale' when another tab saved the
 * section since `expectedRev` was read. Returns the new revision.
 */
export function saveSection<K extends PlanSectionId>(
  section: K,
  record: PlanRecord<K>,
  expectedRev: number | undefined,
): Promise<StorageResult<number>> {
  return attempt(async () => {
    // The record alone: a section as read (with its `rev`) may be handed back as it is. A save is the
    // person's own: a backup file's mark (`fromFile`) is not written again.
    const parsed = v.safeParse(
      planRecordSchema(section),
      { skipped: record.skipped, data: record.data },
      { abortEarly: true },
    );
    if (!parsed.success) throw new StorageError('invalid');
    const revisions = await commit(STORES.plan, [{ key: section, value: parsed.output, expectedRev }]);
    return revisions.get(section) ?? 1;
  });
}
