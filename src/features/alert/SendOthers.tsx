import { dialString } from '../../shared/stored-phone';
import { useI18n } from '../../i18n/i18n-context';
import type { StoredContact } from '../../storage/contact-record';
import { oneTextForAll, type Outgoing } from './outgoing';
import { smsPlatform } from './platform';
import { groupSmsLink } from './sms-link';

// The send screen's other ways to reach people (./SendScreen.tsx): the share sheet, one group message
// (only as the person's choice), and calls.

/** The phone's share sheet (WhatsApp, Signal…) with the same text, where the browser has one. */
export function ShareButton({ text }: { text: string }) {
  const { t } = useI18n();
  if (typeof navigator.share !== 'function') return null;
  return (
    <p>
      <button
        type="button"
        class="button button-secondary"
        // Closing the share sheet rejects: nothing to say.
        // The share sheet hides the page: marked, so the auto-lock does not count that hide.
        data-hand-off=""
        onClick={() => void navigator.share({ text }).catch(() => undefined)}
      >
        {t('alert.send.share')}
      </button>
    </p>
  );
}

/**
 * One group message to everyone: only as the person's choice, with what it costs them, and only when
 * everyone texted gets the same text (`oneTextForAll`): else a line says why there is none.
 */
export function Group({
  people,
  group,
  onGroup,
}: {
  people: Outgoing[];
  group: boolean;
  onGroup: (on: boolean) => void;
}) {
  const { t } = useI18n();
  const text = oneTextForAll(people);
  if (text === undefined) return <p class="hint">{t('alert.send.groupNotSame')}</p>;
  return (
    <section>
      <div class="field checkbox">
        <input
          id="alert-group"
          type="checkbox"
          checked={group}
          onChange={(event) => onGroup(event.currentTarget.checked)}
        />
        <label for="alert-group">{t('alert.send.group')}</label>
      </div>
      <p class="hint">{t('alert.send.groupWarning')}</p>
      {group && (
        <p>
          <a
            class="button button-secondary"
            href={groupSmsLink(
              smsPlatform(navigator.userAgent),
              people.map((person) => person.number),
              text,
            )}
          >
            {t('alert.send.groupLink')}
          </a>
        </p>
      )}
    </section>
  );
}

/** One tap to the lawyer and the local line (from the contacts, or while locked from the open list). */
export function Calls({
  lawyer,
  localLine,
}: {
  lawyer: Pick<StoredContact, 'name' | 'phones'> | undefined;
  localLine: Pick<StoredContact, 'name' | 'phones'> | undefined;
}) {
  const { t } = useI18n();
  if (!lawyer && !localLine) return null;
  return (
    <section aria-labelledby="alert-calls">
      <h2 id="alert-calls">{t('alert.send.calls')}</h2>
      <ul class="call-now-list">
        {lawyer?.phones[0] && (
          <li>
            <a class="button call" href={`tel:${dialString(lawyer.phones[0])}`}>
              {t('alert.send.callLawyer')} <bdi>{lawyer.name}</bdi>
            </a>
          </li>
        )}
        {localLine?.phones[0] && (
          <li>
            <a class="button call" href={`tel:${dialString(localLine.phones[0])}`}>
              {t('alert.send.callLocal')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
