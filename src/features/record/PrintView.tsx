import { useI18n } from '../../i18n/i18n-context';
import type { Incident } from '../../storage/incident-record';
import type { SavedMedia } from '../../storage/incident-store';
import type { ShareChoices } from './record-text';
import { timeInWords } from './strings';
import { useRecordLines } from './use-record-lines';

/** The record on paper: its lines as shared (the same ticks), each answer isolated in a `<bdi>`. */
export function PrintView({
  incident,
  media,
  choices,
  onBack,
}: {
  incident: Incident;
  media: readonly SavedMedia[];
  choices: ShareChoices;
  onBack: () => void;
}) {
  const { t, language } = useI18n();
  const lines = useRecordLines(incident, media, choices);
  return (
    <div class="printout">
      <p class="screen-only">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('record.share.print')}
        </button>{' '}
        <button type="button" class="button button-secondary" onClick={onBack}>
          {t('record.form.back')}
        </button>
      </p>
      <h2>{t('record.text.heading')}</h2>
      <dl class="print-fields">
        {lines.map(({ label, value }, index) => (
          <div class="print-field" key={index}>
            <dt>{label}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <p class="printed-on">
        {t('record.text.writtenAt', { time: timeInWords(incident.createdAt, language) })}
      </p>
    </div>
  );
}
