import { SCREENS_REVIEWED } from '../../../locales/reviewed';
import type { SourceKey } from '../../../locales/sources';
import { useI18n } from '../../i18n/i18n-context';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { isolatedIn } from '../../ui/isolated';
import { Sources } from '../../ui/SourceList';
import { CallNow, NothingToCall } from './CallNow';
import { LocalLine } from './LocalLine';
import { useHelpNumbers } from './use-help-numbers';
import { UnlockForm, useLockStatus } from '../lock/public';
import { useEffect, useRef } from 'preact/hooks';
import { addScreenStrings } from '../../i18n/i18n';

addScreenStrings(import.meta.glob('/locales/{en,es}/help.json', { eager: true, import: 'default' }));

/**
 * MigraWatch's number is only text, never a call button: only other groups confirm it, the newest a 2019
 * newspaper (facts sheet, "Gaps and open questions" 3). The court line is the courts' own.
 */
const MIGRAWATCH = '1-844-363-1423';
const COURT_LINE = { shown: '1-800-898-7180', dial: '+18008987180' };
const SOURCES: SourceKey[] = [
  'CATHOLIC-CHARITIES-ES',
  'CIBERCUBA-2025',
  'EDDY-CHAVARRIA',
  'EOIR-PM-1.6C',
  'ICEBOUND-SIGN',
  'IMMLIB-MIGRAWATCH',
  'KYRHUB-COUNSEL',
  'LEGALCLARITY-COUNSEL',
  'MONITOR-2019',
  'UNITYITC',
  'UWD-2019',
  'WISLAW',
];

/**
 * `/help`: first what a frightened person needs (their own lawyer and local line, one tap each, then
 * the number not to call), then saving the local line, finding a lawyer, and the other lines.
 */
export default function HelpScreen() {
  const { t } = useI18n();
  const numbers = useHelpNumbers();
  // The rights on this screen never ask for the passphrase; the person's saved numbers do, but for the few
  // they chose to keep open while locked (storage says which: the records are never shown while locked).
  const lock = useLockStatus();
  const locked = lock === 'locked';
  const shown = lock !== undefined && !locked;
  const calls = lock === undefined || (locked && numbers.fromRecords) ? undefined : numbers.calls;
  const editable = shown && numbers.fromRecords;
  const nothingToCall = editable && calls?.length === 0;
  const wasLocked = useRef(false);
  useEffect(() => {
    if (wasLocked.current && !locked) numbers.reload(); // unlocked: read the numbers with the key
    wasLocked.current = locked;
  }, [locked]);
  return (
    <Screen title={t('help.title')}>
      <LegalLine reviewed={SCREENS_REVIEWED} />
      {locked && <UnlockForm numbers />}
      {numbers.failed && shown && (
        <p class="notice" role="alert">
          {t('help.loadFailed')}
        </p>
      )}
      {calls && calls.length > 0 && <CallNow calls={calls} />}
      <section class="warning" aria-labelledby="help-warning">
        <h2 id="help-warning">{t('help.warning.title')}</h2>
        <p>{t('help.warning.text')}</p>
      </section>
      {nothingToCall && <NothingToCall />}
      <section aria-labelledby="help-local">
        <h2 id="help-local">{t('help.local.title')}</h2>
        <p>{t('help.local.why')}</p>
        {calls && editable && (
          <LocalLine line={numbers.localLine} contacts={numbers.contacts} onSaved={numbers.reload} />
        )}
      </section>
      <section aria-labelledby="help-lawyer">
        <h2 id="help-lawyer">{t('help.lawyer.title')}</h2>
        <ul class="notes">
          <li>{t('help.lawyer.civil')}</li>
          <li>{t('help.lawyer.list')}</li>
          <li>{t('help.lawyer.before')}</li>
          <li>{t('help.lawyer.notarios')}</li>
        </ul>
        {calls && editable && !numbers.hasLawyer && !nothingToCall && (
          <>
            <p>{t('help.lawyer.save')}</p>
            <p>
              <a class="button button-secondary" href="/contacts">
                {t('help.now.saveLawyer')}
              </a>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="help-report">
        <h2 id="help-report">{t('help.report.title')}</h2>
        <p>{t('help.report.migrawatch')}</p>
        <p class="hotline-number">
          {isolatedIn((number) => t('help.report.number', { number }), MIGRAWATCH, 'ltr')}
        </p>
        <p class="muted">{t('help.report.source')}</p>
        <p class="muted">{t('help.report.check')}</p>
      </section>
      <section aria-labelledby="help-court">
        <h2 id="help-court">{t('help.court.title')}</h2>
        <p>{t('help.court.text')}</p>
        <p>{t('help.court.limits')}</p>
        <p>
          <a class="button button-secondary call" href={`tel:${COURT_LINE.dial}`}>
            <bdi dir="ltr">{COURT_LINE.shown}</bdi>
          </a>
        </p>
      </section>
      <Sources id="help-sources" title={t('help.sources')} keys={SOURCES} />
    </Screen>
  );
}
