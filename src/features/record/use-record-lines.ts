import { useI18n } from '../../i18n/i18n-context';
import type { Incident } from '../../storage/incident-record';
import type { SavedMedia } from '../../storage/incident-store';
import { recordLines, type CopyLine, type RecordLine, type ShareChoices } from './record-text';
import { timeInWords } from './strings';

/**
 * The record's lines in the person's language, as shared, printed and saved (record-text.ts), with the
 * SHA-256 of the shared `copies` of its photos where those go with it.
 */
export function useRecordLines(
  incident: Incident,
  media: readonly SavedMedia[],
  choices: ShareChoices,
  copies: readonly CopyLine[] = [],
): RecordLine[] {
  const { t, language } = useI18n();
  return recordLines(
    incident,
    media.map(({ media: item }) => item),
    choices,
    {
      label: (key) => t(`record.text.${key}`),
      warrantShown: (value) => t(`record.form.warrantShownOptions.${value}`),
      warrantKind: (value) => t(`record.form.warrantKinds.${value}`),
      checkQuestion: (question) => t(`record.text.checkQuestions.${question}`),
      time: (iso) => timeInWords(iso, language),
    },
    copies,
  );
}
