import { useI18n } from '../../i18n/i18n-context';
import { dialString } from '../../shared/stored-phone';
import { PhoneCountry } from '../../ui/PhoneCountry';
import type { HelpCall } from './use-help-numbers';

/** The help screen's first lines: one tap to call the person's own lawyer and local rapid-response line. */
export function CallNow({ calls }: { calls: HelpCall[] }) {
  const { t } = useI18n();
  return (
    <section class="call-now" aria-labelledby="help-now">
      <h2 id="help-now">{t('help.now.title')}</h2>
      <ul class="call-now-list">
        {calls.map((call) => {
          const what = t(call.kind === 'lawyer' ? 'help.now.callLawyer' : 'help.now.callLocal');
          // A line named as this screen names it ("Local rapid-response line") is not said twice.
          const named = !what.toLocaleLowerCase().includes(call.name.trim().toLocaleLowerCase());
          return (
            <li key={call.key}>
              <a class="button call" href={`tel:${dialString(call.dial)}`}>
                <span class="call-what">{what}</span>{' '}
                {named && (
                  <>
                    <bdi class="call-who">{call.name}</bdi>{' '}
                  </>
                )}
                <bdi dir="ltr" class="call-who">
                  {call.shown}
                </bdi>{' '}
                <PhoneCountry phone={call.dial} />
              </a>
              {call.fromFile && <p class="from-file">{t('help.now.fromFile')}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** With nothing saved to call: one short line on how to save the lawyer and the local line. */
export function NothingToCall() {
  const { t } = useI18n();
  return (
    <div class="call-none">
      <p>{t('help.now.none')}</p>
      <p class="call-none-links">
        <a class="button button-secondary" href="/contacts">
          {t('help.now.saveLawyer')}
        </a>
        <a class="button button-secondary" href="#help-local">
          {t('help.now.saveLocal')}
        </a>
      </p>
    </div>
  );
}
