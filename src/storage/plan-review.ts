import { parseStoredSection, type PlanRecord } from './plan-record';
import { readOne } from './read-records';
import { attempt, type StorageResult } from './result';
import { STORES } from './schema';

/** What the home screen needs to know about the plan's review section. */
export interface ReviewState {
  skipped: boolean;
  /** YYYY-MM-DD, or '' when the plan was never reviewed. */
  lastReviewed: string;
}

// The section's own schema: plan-record.ts and valibot are in the storage chunk the home screen
// loads anyway, so a hand-written copy of the check saved nothing (measured with `npm run build`).
const isReviewRecord = (value: unknown): value is PlanRecord<'review'> =>
  parseStoredSection('review', value).success;

/** The review section alone; `undefined` when it was never saved. */
export function loadReviewState(): Promise<StorageResult<ReviewState | undefined>> {
  return attempt(async () => {
    const found = await readOne(STORES.plan, 'review', isReviewRecord);
    return found && { skipped: found.value.skipped, lastReviewed: found.value.data.lastReviewed };
  });
}
