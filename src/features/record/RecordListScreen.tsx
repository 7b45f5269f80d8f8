import { useI18n } from '../../i18n/i18n-context';
import type { IncidentList } from '../../storage/incident-store';
import { Screen } from '../../ui/Screen';
import type { Stored } from '../../ui/use-stored';
import { timeInWords } from './strings';

/**
 * `/record`: the records on this phone, newest first, and a new one. RecordScreens.tsx reads the list
 * (`stored`) while it reads the lock's status, and draws this only once unlocked or with no lock: while
 * locked, the unlock form is in its place (a quick exit or the auto-lock switches to it at once).
 */
export default function RecordListScreen({ stored }: { stored: Stored<IncidentList> }) {
  const { t, language } = useI18n();
  const { result, value } = stored;
  return (
    <Screen title={t('record.title')}>
      <p class="lead">{t('record.intro')}</p>
      <ul class="actions">
        <li>
          <a class="action action-urgent" href="/record/new">
            <span class="action-title">{t('record.start')}</span>
            <span class="action-hint">{t('record.startHint')}</span>
          </a>
        </li>
      </ul>
      {result && !result.ok && (
        <p class="form-problem" role="alert">
          {t(`record.save.problems.${result.problem}`)}
        </p>
      )}
      {value && value.unreadable > 0 && (
        <p class="form-problem" role="alert">
          {t('record.unreadable', { count: value.unreadable })}
        </p>
      )}
      {value && value.incidents.length === 0 && <p>{t('record.empty')}</p>}
      {value && value.incidents.length > 0 && (
        <ul class="actions">
          {value.incidents.map(({ incident }) => (
            <li key={incident.id}>
              <a class="action" href={`/record/${incident.id}`}>
                <span class="action-title">
                  {incident.when
                    ? timeInWords(incident.when, language)
                    : t('record.started', { time: timeInWords(incident.createdAt, language) })}
                </span>
                <span class="action-hint">
                  {incident.where?.trim() ? <bdi>{incident.where}</bdi> : t('record.noPlace')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Screen>
  );
}
