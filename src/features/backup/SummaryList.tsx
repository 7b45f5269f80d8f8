import { formatDate } from '../../content/format-date';
import { useI18n } from '../../i18n/i18n-context';
import type { BackupSummary } from '../../storage/backup/format';
import { PLAN_SECTIONS } from '../../storage/plan-record';

interface Props {
  summary: BackupSummary;
  /** Show when the file was saved (for a file, not for what is on the phone). */
  withDate?: boolean;
}

/** What a backup file (or this phone) holds, counted, in plain words. */
export function SummaryList({ summary, withDate = false }: Props) {
  const { t } = useI18n();
  const names = summary.settings.map((key) => t(`backup.summary.${key}`)).join(', ');
  return (
    <ul class="data-summary">
      <li>{t('backup.summary.contacts', { count: summary.contacts })}</li>
      <li>{t('backup.summary.practice', { count: summary.practice })}</li>
      <li>{t('backup.summary.plan', { count: summary.plan, total: PLAN_SECTIONS.length })}</li>
      <li>{names ? t('backup.summary.settings', { names }) : t('backup.summary.noSettings')}</li>
      {withDate && (
        <li>{t('backup.summary.exportedAt', { date: formatDate(localDate(summary.exportedAt), t) })}</li>
      )}
    </ul>
  );
}

/** The day the file was saved, in this phone's time zone, as YYYY-MM-DD. */
function localDate(timestamp: string): string {
  const date = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
