import type { Ref } from 'preact';
import { useI18n } from '../../i18n/i18n-context';
import { WARRANT_QUESTIONS, type Incident } from '../../storage/incident-record';

/**
 * What the warrant check said about the paper agents showed, as kept in the record (its verdict and the
 * answers that led to it), and the button that opens the check, whose answer comes back here.
 */
export function WarrantKept({
  incident,
  onCheck,
  verdictRef,
}: {
  incident: Incident;
  onCheck: () => void;
  verdictRef: Ref<HTMLParagraphElement>;
}) {
  const { t } = useI18n();
  const { warrantKind: kind, warrantAnswers: answers } = incident;
  const answered = WARRANT_QUESTIONS.filter((question) => answers?.[question]);
  return (
    <fieldset id="record-warrant-kind" class="field choice">
      <legend>{t('record.form.warrantKind')}</legend>
      <p tabIndex={-1} ref={verdictRef}>
        {kind ? <strong>{t(`record.form.warrantKinds.${kind}`)}</strong> : t('record.form.warrantNotChecked')}
      </p>
      {answered.length > 0 && (
        <ul>
          {answered.map((question) => (
            <li key={question}>
              {t(`record.text.checkQuestions.${question}`)}:{' '}
              {t(`record.form.warrantShownOptions.${answers?.[question] ?? 'unsure'}`)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button button-secondary" onClick={onCheck}>
        {t('record.form.warrantCheck')}
      </button>
    </fieldset>
  );
}
