import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { removeDecoy } from '../../storage/lock-store';
import { ChangeLockForm } from './ChangeLockForm';
import { DecoyForm } from './DecoyForm';
import { OpenNumbersSetting } from './OpenNumbersChoice';
import { useLockStatus } from './lock-status';
import { SetLockForm } from './SetLockForm';
import './strings';

type Open = 'set' | 'change' | 'remove' | 'decoy' | undefined;

/**
 * Settings → Privacy: whether a lock is set; set one, change its passphrase, or remove it; unlocked, set
 * or remove a decoy passphrase (the main passphrase only); and, with a lock set, whether a few emergency
 * numbers stay usable while locked, and how long the app may stay hidden before it locks by itself.
 */
export function PrivacySection({ whileSet }: { whileSet?: ComponentChildren }) {
  const { t } = useI18n();
  const status = useLockStatus();
  const [open, setOpen] = useState<Open>(undefined);
  const [said, setSaid] = useState<string | undefined>(undefined);
  // The set-up writes the emergency numbers' answer after the lock is set, so after the question below
  // has read it (a write in this tab tells this tab nothing): read it again once the set-up is done.
  const [setUps, setSetUps] = useState(0);
  const saidLine = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  /** Closes the form; with `message`, says what happened and takes focus there, else back to its button. */
  const close = (message?: string) => {
    setOpen(undefined);
    setSaid(message);
    requestAnimationFrame(() => (message ? saidLine.current : opener.current)?.focus());
  };
  const openForm = (form: Open) => {
    setSaid(undefined);
    setOpen(form);
  };

  return (
    <section aria-labelledby="settings-privacy" data-testid="privacy" data-lock={status}>
      <h2 id="settings-privacy">{t('lock.privacy.title')}</h2>
      <div role="status">
        {said && (
          <p ref={saidLine} tabIndex={-1} class="data-result">
            {said}
          </p>
        )}
      </div>
      {status === 'none' && <p>{t('lock.privacy.off')}</p>}
      {(status === 'open' || status === 'locked') && <p>{t('lock.privacy.on')}</p>}
      <p>{t('lock.privacy.rightsOpen')}</p>
      {status === 'none' &&
        (open === 'set' ? (
          <SetLockForm
            onDone={() => {
              setSetUps((count) => count + 1);
              close(t('lock.privacy.done'));
            }}
            onCancel={() => close()}
          />
        ) : (
          <p>
            <button ref={opener} type="button" class="button" onClick={() => openForm('set')}>
              {t('lock.privacy.set')}
            </button>
          </p>
        ))}
      {(status === 'open' || status === 'locked') &&
        (open === 'change' || open === 'remove' ? (
          <ChangeLockForm kind={open} onDone={close} onCancel={() => close()} />
        ) : (
          <p class="form-actions">
            <button
              ref={opener}
              type="button"
              class="button button-secondary"
              onClick={() => openForm('change')}
            >
              {t('lock.privacy.change')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => openForm('remove')}>
              {t('lock.privacy.remove')}
            </button>
          </p>
        ))}
      {/*
        The decoy passphrase: shown the same whichever passphrase opened the app, since its absence would
        tell a decoy is in use. Only the main one can set or remove it: storage refuses the decoy's (as
        `locked`, before anything is written), and the form says "Nothing was changed".
      */}
      {status === 'open' && (
        <section aria-labelledby="settings-decoy" data-testid="decoy">
          <h3 id="settings-decoy">{t('lock.decoy.title')}</h3>
          <ul class="notes">
            <li>{t('lock.decoy.what')}</li>
            <li>{t('lock.decoy.notForensic')}</li>
            <li>{t('lock.decoy.destroys')}</li>
            <li>{t('lock.decoy.limits')}</li>
          </ul>
          {open === 'decoy' ? (
            <DecoyForm onDone={() => close(t('lock.decoy.done'))} onCancel={() => close()} />
          ) : (
            <p class="form-actions">
              <button type="button" class="button button-secondary" onClick={() => openForm('decoy')}>
                {t('lock.decoy.set')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                onClick={() =>
                  void removeDecoy().then((result) =>
                    close(t(result.ok ? 'lock.decoy.removed' : 'lock.privacy.errors.failed')),
                  )
                }
              >
                {t('lock.decoy.remove')}
              </button>
            </p>
          )}
        </section>
      )}
      {/*
        With a lock set: the emergency numbers' choice, shown the same whichever passphrase opened the app
        (storage reads the main profile's answer for both, and refuses the decoy's change as `locked`:
        "Nothing was changed"), and how long hidden before it locks by itself (the settings screen gives it).
      */}
      {(status === 'locked' || status === 'open') && (
        <OpenNumbersSetting key={setUps} locked={status === 'locked'} />
      )}
      {(status === 'open' || status === 'locked') && whileSet}
    </section>
  );
}
