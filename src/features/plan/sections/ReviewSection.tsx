import { formatDate } from '../../../content/format-date';
import { useI18n } from '../../../i18n/i18n-context';
import { DateField } from '../DateField';
import { localIsoDate } from '../../../shared/local-date';
import { isReviewDue, nextReviewDate } from '../review-due';
import type { SectionProps } from '../section-props';

/** What to check at each review: papers that run out (a child's power of attorney) or go stale (a G-28). */
const REVIEW_CHECKS = ['people', 'renew', 'g28'] as const;

/**
 * When the family last went over the plan together, and when the next review is due (six months
 * on; the home screen suggests it then).
 */
export function ReviewSection({ data, onChange }: SectionProps<'review'>) {
  const { t } = useI18n();
  const today = localIsoDate();
  const { lastReviewed } = data;
  const next = lastReviewed && nextReviewDate(lastReviewed);
  const due = isReviewDue(lastReviewed, today);

  return (
    <>
      <DateField
        id="review-date"
        legend={t('plan.review.lastReviewed')}
        value={lastReviewed}
        latest={today}
        onChange={(value) => onChange({ lastReviewed: value })}
      />
      <button
        type="button"
        class="button"
        aria-describedby="review-next"
        onClick={() => onChange({ lastReviewed: today })}
      >
        {t('plan.review.today')}
      </button>
      <p id="review-next" class={due ? 'review-next review-due' : 'review-next'} aria-live="polite">
        {!next
          ? t('plan.review.never')
          : due
            ? t('plan.review.due', { date: formatDate(next, t) })
            : t('plan.review.next', { date: formatDate(next, t) })}
      </p>
      <p>{t('plan.review.atEach')}</p>
      <ul class="notes">
        {REVIEW_CHECKS.map((check) => (
          <li key={check}>{t(`plan.review.checks.${check}`)}</li>
        ))}
      </ul>
      <p>{t('plan.review.practise')}</p>
    </>
  );
}
