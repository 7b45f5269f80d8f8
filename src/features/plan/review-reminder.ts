import { loadReviewState } from '../../storage/plan-review';
import { localIsoDate } from '../../shared/local-date';
import { isReviewDue } from './review-due';

/**
 * Whether the home screen should suggest going over the plan today, computed on the device.
 * Loaded after the home screen is drawn. A skipped review section, or one never saved, gets no
 * suggestion.
 */
export async function shouldSuggestReview(today = localIsoDate()): Promise<boolean> {
  const loaded = await loadReviewState();
  if (!loaded.ok || !loaded.value || loaded.value.skipped) return false;
  return isReviewDue(loaded.value.lastReviewed, today);
}
