import { formatDate } from '../content/format-date';
import { localIsoDate } from '../shared/local-date';
import { reviewIsOld } from '../content/review-age';
import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';

// The warning comes with the screens that show it, not with the first screen's strings.
addScreenStrings(import.meta.glob('/locales/{en,es}/legal.json', { eager: true, import: 'default' }));

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
        {t('legal.notLegalAdvice')} · {t('legal.lastReviewed', { date: formatDate(reviewed, t) })}
      </p>
      {reviewIsOld(reviewed, localIsoDate()) && <p class="review-old">{t('legal.reviewOld')}</p>}
    </>
  );
}
