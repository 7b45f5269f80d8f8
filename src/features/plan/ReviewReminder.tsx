import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { shouldSuggestReview } from './review-reminder';

/**
 * One line on the home screen when the family plan is due for a review. Loaded after the home screen
 * is drawn (src/ui/later.tsx), with the check, so the home screen's own code stays as small as it is.
 * Shown below the actions, so appearing late moves none of the buttons under a finger.
 */
export default function ReviewReminder() {
  const { t } = useI18n();
  const [due, setDue] = useState(false);

  useEffect(() => {
    let shown = true;
    shouldSuggestReview()
      // The line's words come with the plan's strings, fetched only when it is shown.
      .then((yes) => yes && import('./plan-strings').then(() => true))
      .then(
        (yes) => shown && setDue(yes),
        () => undefined, // no suggestion is better than an error on the first screen
      );
    return () => {
      shown = false;
    };
  }, []);

  if (!due) return null;
  return (
    <p class="review-reminder">
      <a href="/plan/review">{t('plan.review.reminder')}</a>
    </p>
  );
}
