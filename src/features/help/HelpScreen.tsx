import { SCREENS_REVIEWED } from '../../../locales/reviewed';
import { formatDate } from '../../content/format-date';
import type { SourceKey } from '../../../locales/sources';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { SourceList } from '../guides/SourceList';
import { LocalLine } from './LocalLine';
import english from '../../../locales/en/help.json';
import spanish from '../../../locales/es/help.json';
import { addScreenStrings } from '../../i18n/i18n';

addScreenStrings({ en: { help: english }, es: { help: spanish } });

/** Hotlines as written for people, and as dialled. */
const MIGRAWATCH = { shown: '1-844-363-1423', dial: '+18443631423' };
const COURT_LINE = { shown: '1-800-898-7180', dial: '+18008987180' };
const SOURCES: SourceKey[] = [
  'CATHOLIC-CHARITIES-ES',
  'CIBERCUBA-2025',
  'IMMLIB-MIGRAWATCH',
  'KYRHUB-COUNSEL',
  'LEGALCLARITY-COUNSEL',
  'MONITOR-2019',
  'UWD-2019',
  'WISLAW',
];

/** `/help`: finding a lawyer, the hotlines to call and the one not to, and the person's own local line. */
export default function HelpScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('help.title')}>
      <p class="legal-line">
        {t('common.notLegalAdvice')} · {t('common.lastReviewed', { date: formatDate(SCREENS_REVIEWED, t) })}
      </p>
      <section aria-labelledby="help-local">
        <h2 id="help-local">{t('help.local.title')}</h2>
        <p>{t('help.local.why')}</p>
        <LocalLine />
      </section>
      <section aria-labelledby="help-lawyer">
        <h2 id="help-lawyer">{t('help.lawyer.title')}</h2>
        <ul class="notes">
          <li>{t('help.lawyer.civil')}</li>
          <li>{t('help.lawyer.list')}</li>
          <li>{t('help.lawyer.before')}</li>
          <li>{t('help.lawyer.notarios')}</li>
        </ul>
      </section>
      <section aria-labelledby="help-report">
        <h2 id="help-report">{t('help.report.title')}</h2>
        <p>{t('help.report.migrawatch')}</p>
        <p>
          <a class="button call" href={`tel:${MIGRAWATCH.dial}`}>
            {MIGRAWATCH.shown}
          </a>
        </p>
        <p class="muted">{t('help.report.check')}</p>
      </section>
      <section class="warning" aria-labelledby="help-warning">
        <h2 id="help-warning">{t('help.warning.title')}</h2>
        <p>{t('help.warning.text')}</p>
      </section>
      <section aria-labelledby="help-court">
        <h2 id="help-court">{t('help.court.title')}</h2>
        <p>{t('help.court.text')}</p>
        <p>
          <a class="button button-secondary call" href={`tel:${COURT_LINE.dial}`}>
            {COURT_LINE.shown}
          </a>
        </p>
      </section>
      <section aria-labelledby="help-sources">
        <h2 id="help-sources">{t('help.sources')}</h2>
        <SourceList keys={SOURCES} />
      </section>
    </Screen>
  );
}
