import { useI18n } from '../../i18n/i18n-context';
import type { Incident } from '../../storage/incident-record';
import type { SavedMedia } from '../../storage/incident-store';
import { recordLines, type RecordLine, type ShareChoices } from './record-text';
import { timeInWords } from './strings';

/** The record's lines in the person's language, as shared, printed and saved (record-text.ts). */
export function useRecordLines(
  incident: Incident,
  media: readonly SavedMedia[],
  choices: ShareChoices,
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
  );
}
