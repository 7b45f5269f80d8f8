/*
 * The lock's screens (issue 11): the unlock form every personal screen shows in place of its data while
 * locked, Settings → Privacy, and the plan's one offer to set a lock. The lock itself is
 * src/storage/lock-store.ts.
 */
export { lockedScreen, LockGate, OpeningScreen } from './LockGate';
export { UnlockForm } from './UnlockForm';
export { PrivacySection } from './PrivacySection';
export { LockOffer } from './LockOffer';
export { useLockStatus, lockChanged } from './lock-status';
// A passphrase of its own for an encrypted backup file (src/features/backup/): the same boxes, and words
// chosen on request, as the lock's forms.
export { NewPassphrase, type NewPassphraseState } from './NewPassphrase';
export { PassphraseField, ShowTyped } from './PassphraseField';
