import { describe, expect, it } from 'vitest';
import { isReviewDue, nextReviewDate } from '../../src/features/plan/review-due';
import { shouldSuggestReview } from '../../src/features/plan/review-reminder';
import { EMPTY_PLAN } from '../../src/storage/plan-record';
import { saveSection } from '../../src/storage/plan-store';
import { commit } from '../../src/storage/records';
import { STORES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

describe('review due', () => {
  it('the next review is six calendar months after the last one', () => {
    expect(nextReviewDate('2026-01-15')).toBe('2026-07-15');
    expect(nextReviewDate('2026-09-10')).toBe('2027-03-10');
    expect(nextReviewDate('2025-12-01')).toBe('2026-06-01');
  });

  it('falls on the last day of a shorter month', () => {
    expect(nextReviewDate('2026-08-31')).toBe('2027-02-28');
    expect(nextReviewDate('2027-08-31')).toBe('2028-02-29');
    expect(nextReviewDate('2026-12-31')).toBe('2027-06-30');
  });

  it('is due from that day on, not the day before', () => {
    expect(isReviewDue('2026-01-15', '2026-07-14')).toBe(false);
    expect(isReviewDue('2026-01-15', '2026-07-15')).toBe(true);
    expect(isReviewDue('2026-01-15', '2027-03-01')).toBe(true);
  });

  it('a plan never reviewed gets no suggestion', () => {
    expect(isReviewDue('', '2030-01-01')).toBe(false);
  });
});

describe('home screen review suggestion', () => {
  useFreshDatabase();
  const review = (lastReviewed: string, skipped = false) =>
    saveSection('review', { skipped, data: { lastReviewed } }, undefined);

  it('is not shown on a new phone', async () => {
    expect(await shouldSuggestReview('2026-06-01')).toBe(false);
  });

  it('is shown six months after the saved review, not before', async () => {
    await review('2026-01-15');
    expect(await shouldSuggestReview('2026-07-14')).toBe(false);
    expect(await shouldSuggestReview('2026-07-15')).toBe(true);
  });

  it('is not shown when the family skipped the review section or never reviewed', async () => {
    await saveSection('household', { ...EMPTY_PLAN.household }, undefined);
    await review('', false);
    expect(await shouldSuggestReview('2030-01-01')).toBe(false);
    await saveSection('review', { skipped: true, data: { lastReviewed: '2020-01-01' } }, 1);
    expect(await shouldSuggestReview('2030-01-01')).toBe(false);
  });

  it('a damaged review record gives no suggestion rather than an error', async () => {
    await commit(STORES.plan, [
      { key: 'review', value: { data: { lastReviewed: 'soon' } }, expectedRev: undefined },
    ]);
    expect(await shouldSuggestReview('2030-01-01')).toBe(false);
  });
});
