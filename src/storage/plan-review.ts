import type { PlanSectionId } from './plan-record';
import { readOne } from './records';
import { attempt, type StorageResult } from './result';
import { STORES } from './schema';

/** What the home screen needs to know about the plan's review section. */
export interface ReviewState {
  skipped: boolean;
  /** YYYY-MM-DD, or '' when the plan was never reviewed. */
  lastReviewed: string;
}

const SECTION: PlanSectionId = 'review';

// A plain check instead of the section's valibot schema: this reader is loaded from the home
// screen, whose code must stay small. plan-store.ts checks every field when the plan is opened.
function isReviewRecord(value: unknown): value is { skipped: boolean; data: { lastReviewed: string } } {
  if (typeof value !== 'object' || value === null) return false;
  const { skipped, data } = value as { skipped?: unknown; data?: unknown };
  if (typeof skipped !== 'boolean' || typeof data !== 'object' || data === null) return false;
  const { lastReviewed } = data as { lastReviewed?: unknown };
  return typeof lastReviewed === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(lastReviewed);
}

/** The review section alone; `undefined` when it was never saved. */
export function loadReviewState(): Promise<StorageResult<ReviewState | undefined>> {
  return attempt(async () => {
    const found = await readOne(STORES.plan, SECTION, isReviewRecord);
    return found && { skipped: found.value.skipped, lastReviewed: found.value.data.lastReviewed };
  });
}
