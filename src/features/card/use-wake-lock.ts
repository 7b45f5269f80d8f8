import { useEffect, useState } from 'preact/hooks';

/**
 * Keeps the screen on while the calling screen is shown, where the Wake Lock API exists.
 * The browser drops the lock when the page is hidden, so it is asked for again on return.
 * Returns whether the screen is being kept on.
 */
export function useWakeLock(): boolean {
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | undefined;
    let stopped = false;
    const request = async () => {
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (stopped || (sentinel && !sentinel.released)) return void lock.release(); // one lock is enough
        sentinel = lock;
        setActive(true);
        lock.addEventListener('release', () => setActive(false));
      } catch {
        setActive(false); // refused (battery saver, hidden page): the card still shows
      }
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      void sentinel?.release();
    };
  }, []);

  return active;
}
