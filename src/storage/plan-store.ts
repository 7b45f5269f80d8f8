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
import { readAll, readOne } from './read-records';
import { commit, type Change } from './records';
import { attempt, StorageError, toProblem, type StorageResult } from './result';
import { STORES } from './schema';
import { watched } from './watched';

/** A section as read from the device; `rev` is undefined until its first save. */
export type SavedSection<K extends PlanSectionId> = StoredPlanRecord<K> & { rev: number | undefined };
export type SavedPlan = { [K in PlanSectionId]: SavedSection<K> };

export interface LoadedPlan {
  plan: SavedPlan;
  /** Records that could not be read (damaged, or no known section): reported, never dropped. */
  unreadable: number;
  /**
   * Sections stored but damaged, with the revision of the damaged copy. They show empty in `plan`, with
   * no revision, so no save goes over them unless the person chooses to start the section again.
   */
  damaged: Partial<Record<PlanSectionId, number>>;
}

/** The whole plan; sections never saved come back empty. Damaged sections are counted and named. */
export function loadPlan(): Promise<StorageResult<LoadedPlan>> {
  return attempt(async () => {
    const read = await readAll(STORES.plan, (value): value is unknown => value !== undefined);
    const plan = Object.fromEntries(
      PLAN_SECTIONS.map((section) => [section, { ...EMPTY_PLAN[section], rev: undefined }]),
    ) as SavedPlan;
    const damaged: LoadedPlan['damaged'] = {};
    let unreadable = read.unreadable;
    for (const { key, rev, value } of read.records) {
      const section = PLAN_SECTIONS.find((known) => known === key);
      const parsed = section && parseStoredSection(section, value);
      if (section && parsed?.success) Object.assign(plan, { [section]: { ...parsed.output, rev } });
      else unreadable += 1;
      if (section && !parsed?.success) damaged[section] = rev;
    }
    // A section whose seal does not open (one byte changed): damaged too, so no save goes over it unasked.
    for (const { key, rev } of read.unopened) {
      const section = PLAN_SECTIONS.find((known) => known === key);
      if (section) damaged[section] = rev;
    }
    return { plan, unreadable, damaged };
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
    const change: Change = { key: section, value: parsed.output, expectedRev };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const dependents =
          section === 'household' ? await careOfRemoved(parsed.output as PlanRecord<'household'>) : [];
        const revisions = await commit(STORES.plan, [change, ...dependents]);
        return revisions.get(section) ?? 1;
      } catch (error) {
        // The children section changed in another tab after it was read here: read it again, once.
        if (!(
          error instanceof StorageError &&
          error.problem === 'stale' &&
          attempt < 2 &&
          section === 'household'
        ))
          throw error;
      }
    }
  });
}

/**
 * The children section without the care records of people no longer in the household, to be saved with
 * the household (so they leave the phone, and the next backup, with the person). A damaged children
 * section is left as it is.
 */
async function careOfRemoved(household: PlanRecord<'household'>): Promise<Change[]> {
  const isChildren = (value: unknown): value is PlanRecord<'children'> =>
    v.is(planRecordSchema('children'), value);
  const stored = await readOne(STORES.plan, 'children', isChildren).catch((error: unknown) => {
    if (toProblem(error) === 'invalid') return undefined;
    throw error;
  });
  if (!stored) return [];
  const ids = new Set(household.data.people.map((person) => person.id));
  const kept = stored.value.data.children.filter((care) => ids.has(care.childId));
  if (kept.length === stored.value.data.children.length) return [];
  const value: PlanRecord<'children'> = { ...stored.value, data: { ...stored.value.data, children: kept } };
  return [{ key: 'children', value, expectedRev: stored.rev }];
}
