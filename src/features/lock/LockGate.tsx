import type { ComponentChildren, ComponentType, FunctionComponent } from 'preact';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { useLockStatus } from './lock-status';
import { UnlockForm } from './UnlockForm';

/**
 * A screen that shows personal data (contacts, the plan, practice, the wallet): while the lock is set
 * and this page holds no key, the unlock form in its place; once unlocked, the screen itself, drawn
 * afresh so it reads its data with the key. Nothing is drawn for the moment the lock is being read.
 */
export function lockedScreen<P extends object>(Personal: ComponentType<P>): FunctionComponent<P> {
  function LockedScreen(props: P) {
    const { t } = useI18n();
    const status = useLockStatus();
    if (status === undefined) return null;
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
  if (status === undefined) return null;
  return status === 'locked' ? <UnlockForm /> : <>{children}</>;
}
