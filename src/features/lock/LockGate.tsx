import type { ComponentChildren, ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { useLockStatus } from './lock-status';
import { UnlockForm } from './UnlockForm';

/**
 * A screen that shows personal data (contacts, the plan, practice, the wallet): while the lock is set
 * and this page holds no key, the unlock form in its place; once unlocked, the screen itself, drawn
 * afresh so it reads its data with the key. Nothing is drawn for the moment the lock is being read
 * (`OpeningScreen` says so if that moment lasts).
 */
export function lockedScreen<P extends object>(Personal: ComponentType<P>): FunctionComponent<P> {
  function LockedScreen(props: P) {
    const { t } = useI18n();
    const status = useLockStatus();
    if (status === undefined) return <OpeningScreen />;
    if (status === 'locked')
      return (
        <Screen title={t('lock.unlock.title')}>
          <UnlockForm />
        </Screen>
      );
    return <Personal {...props} />;
  }
  return LockedScreen;
}

/**
 * The personal part of a screen the rest of which is open while locked (saving a backup): the unlock
 * form in its place while locked, the part itself, drawn afresh, once unlocked.
 */
export function LockGate({ children }: { children: ComponentChildren }) {
  const status = useLockStatus();
  if (status === undefined) return <OpeningPart />;
  return status === 'locked' ? <UnlockForm /> : <>{children}</>;
}

/** A whole screen while the lock is being read: for screens that wait on it themselves. */
export function OpeningScreen() {
  const { t } = useI18n();
  return useLate() ? (
    <Screen title={t('lock.opening.title')}>
      <StillOpening />
    </Screen>
  ) : null;
}

/** The personal part of an open screen while the lock is being read. */
function OpeningPart() {
  return useLate() ? <StillOpening /> : null;
}

/** How long reading the lock may take before the screen says so: far longer than it takes on a phone. */
export const OPENING_SAYS_AFTER_MS = 4000;

/** Whether `OPENING_SAYS_AFTER_MS` has passed since the component was drawn. */
function useLate(): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), OPENING_SAYS_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return late;
}

/**
 * What is happening and what to do, in place of a blank screen, when the lock's read lasts: a browser's
 * storage can stop answering (WebKit has had such faults; a restart of the app clears them), and a person
 * in a hurry must not be left guessing, nor think what they saved is gone.
 */
function StillOpening() {
  const { t } = useI18n();
  return (
    <div role="status">
      <p>{t('lock.opening.what')}</p>
      <p>
        <a class="link-target" href="/">
          {t('lock.unlock.rightsLink')}
        </a>
      </p>
    </div>
  );
}
