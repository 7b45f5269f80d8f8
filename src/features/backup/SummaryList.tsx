import { formatDate } from '../../content/format-date';
import { localIsoDate } from '../../shared/local-date';
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
      <li>{t('backup.summary.records', { count: summary.records })}</li>
      <li>{names ? t('backup.summary.settings', { names }) : t('backup.summary.noSettings')}</li>
      {withDate && (
        <li>
          {t('backup.summary.exportedAt', {
            date: formatDate(localIsoDate(new Date(summary.exportedAt)), t),
          })}
        </li>
      )}
    </ul>
  );
}
