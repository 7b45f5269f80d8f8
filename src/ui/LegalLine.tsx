import { formatDate } from '../content/format-date';
import { localIsoDate } from '../shared/local-date';
import { reviewIsOld } from '../content/review-age';
import { useI18n } from '../i18n/i18n-context';

/**
 * "Not legal advice · Last reviewed <date>" on every screen of legal content. Laws change and a phone can
 * stay offline for months: once the review is over six months old by the phone's clock, one plain line
 * says so and asks the person to connect once (the update itself still waits for their OK).
 */
export function LegalLine({ reviewed }: { reviewed: string }) {
  const { t } = useI18n();
  return (
    <>
      <p class="legal-line">
        {t('common.notLegalAdvice')} · {t('common.lastReviewed', { date: formatDate(reviewed, t) })}
      </p>
      {reviewIsOld(reviewed, localIsoDate()) && <p class="review-old">{t('common.reviewOld')}</p>}
    </>
  );
}
