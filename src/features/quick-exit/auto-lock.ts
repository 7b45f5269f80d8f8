import { handedOffWithin, markHandOff, watchPrinting } from './hand-off';
import { saveEverythingPending } from '../../shared/pending-saves';
import { loadSetting } from '../../storage/settings-store';

/** How long the app may stay hidden before it locks, in minutes ('0': as soon as it is hidden). */
export const AUTO_LOCK_CHOICES = ['0', '1', '5', '15'] as const;
export type AutoLockChoice = (typeof AUTO_LOCK_CHOICES)[number];
/** Unset: 5 minutes. */
export const DEFAULT_AUTO_LOCK: AutoLockChoice = '5';

export const isAutoLockChoice = (value: unknown): value is AutoLockChoice =>
  AUTO_LOCK_CHOICES.some((choice) => choice === value);

/*
 * A hide that starts this soon after the app sent the person to another app (a call, a text, a file
 * picker, the share sheet, printing: hand-off.ts) gets the longer time below. The page cannot tell that
 * hide from the screen turning off (both are one `visibilitychange`); 10 s covers the switch itself.
 */
const GRACE_MS = 10_000;

/*
 * How long such a hide may last before the app locks all the same (or the chosen time, if longer): a
 * phone seized during a call to the lawyer must not stay unlocked for ever. 15 minutes: the longest time
 * the person can choose (so it never locks sooner than a choice they made), long enough for most calls,
 * a text or a print job; a longer call only means unlocking again. The choice's text says it on screen.
 */
export const HANDED_OFF_MINUTES = 15;
/**
 * The tapped things that hand the person to another app: one listener marks them all. `data-hand-off`
 * marks a button that does it from code (the alert's share button: the share sheet).
 */
const HANDS_OFF = 'a[href^="tel:"], a[href^="sms:"], input[type="file"], [data-hand-off]';

/**
 * With a lock set: hides the screen's content whenever the page is hidden (the class `page-hidden`,
 * frame.css: the app switcher's picture shows as little as the platform allows), saves what is typed,
 * and runs `lock` once the page has been hidden for the chosen time (after a hand-off,
 * `HANDED_OFF_MINUTES`, or the chosen time if longer). A hidden phone may freeze the page and its timers,
 * so the time is checked again when the page is shown, before the class comes off.
 * Returns the function that stops it.
 */
export function startAutoLock(lock: () => void): () => void {
  const root = document.documentElement;
  let minutes = Number(DEFAULT_AUTO_LOCK);
  let hiddenAt: number | undefined;
  let handedOff = false; // this hide started right after a hand-off
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readChoice = () =>
    loadSetting('autoLock').then((result) => {
      if (result.ok && isAutoLockChoice(result.value)) minutes = Number(result.value);
    });
  const limitMs = () => (handedOff ? Math.max(HANDED_OFF_MINUTES, minutes) : minutes) * 60_000;
  const due = () => hiddenAt !== undefined && performance.now() - hiddenAt >= limitMs();
  const lockIfDue = () => {
    if (!due()) return;
    hiddenAt = undefined;
    lock();
  };

  const onVisibility = () => {
    clearTimeout(timer);
    if (document.visibilityState === 'hidden') {
      root.classList.add('page-hidden');
      hiddenAt = performance.now();
      handedOff = handedOffWithin(GRACE_MS);
      void saveEverythingPending();
      if (limitMs() === 0) return lockIfDue(); // the choice as last read: 'at once' waits for no read
      // The choice is read again (changed in Settings, or in another tab) before the timer is set.
      void readChoice().then(() => {
        if (document.visibilityState !== 'hidden' || hiddenAt === undefined) return;
        timer = setTimeout(lockIfDue, Math.max(0, hiddenAt + limitMs() - performance.now()));
      });
    } else {
      lockIfDue();
      hiddenAt = undefined;
      root.classList.remove('page-hidden');
    }
  };
  const onTap = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(HANDS_OFF)) markHandOff();
  };

  void readChoice();
  const stopWatchingPrint = watchPrinting();
  document.addEventListener('visibilitychange', onVisibility);
  document.addEventListener('click', onTap, true);
  return () => {
    clearTimeout(timer);
    stopWatchingPrint();
    root.classList.remove('page-hidden');
    document.removeEventListener('visibilitychange', onVisibility);
    document.removeEventListener('click', onTap, true);
  };
}
