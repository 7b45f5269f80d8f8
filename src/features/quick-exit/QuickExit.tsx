import { useLocation } from 'preact-iso';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addScreenStrings } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n-context';
import { lockStatus, onLockChange } from '../../storage/lock-store';
import { startAutoLock } from './auto-lock';
import { lockAndLeave } from './leave';

addScreenStrings(import.meta.glob('/locales/{en,es}/quickexit.json', { eager: true, import: 'default' }));

/** How long a finger rests on "Exit" to open its menu (Android's own long press is about as long). */
const HOLD_MS = 500;

/** Settings → Your data with its deletion question asked (src/features/backup/BackupScreen.tsx). */
const ERASE_URL = '/settings/data?delete';

/**
 * The top bar's quick menu, and with a lock set the quick exit and the auto-lock (the lock read again on
 * every screen). "More" opens a small menu, "Delete all my data" (and "Lock now" with a lock), so the
 * deletion's question is two taps from any screen, lock or none. With a lock, a tap on "Exit" locks at
 * once and shows the rights home; held down (a long press, a right click, the menu key, Shift+F10 or the
 * down arrow) it opens the same menu.
 */
export default function QuickExit() {
  const { t } = useI18n();
  const { url, route } = useLocation();
  // Undefined until read: nothing shows before it is known whether a lock is set.
  const [lockSet, setLockSet] = useState<boolean | undefined>(undefined);
  const [menu, setMenu] = useState(false);
  const routeRef = useRef(route);
  routeRef.current = route;
  const held = useRef(false);
  const holdTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const firstItem = useRef<HTMLButtonElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);

  // Read on every screen, and whenever this page holds or drops a key: a lock set from the plan's offer or
  // Settings, with no move to another screen, brings the Exit button and the auto-lock at once.
  useEffect(() => {
    let shown = true;
    const read = () =>
      void lockStatus().then((status) => shown && setLockSet(status.ok && status.value !== 'none'));
    read();
    const stop = onLockChange(read);
    return () => {
      shown = false;
      stop();
    };
  }, [url]);

  useEffect(() => {
    if (lockSet) return startAutoLock(() => void lockAndLeave(routeRef.current, false));
  }, [lockSet]);

  useLayoutEffect(() => {
    if (menu) firstItem.current?.focus();
  }, [menu]);

  if (lockSet === undefined) return null;
  const leave = () => {
    setMenu(false);
    void lockAndLeave(route, true);
  };
  const openMenu = () => {
    clearTimeout(holdTimer.current);
    setMenu(true);
  };
  // Settings → Your data, its "Delete all my data" question already asked and focused: the second "yes"
  // is the person's, as always. A screen of its own, not a copy of it here: the code stays in one place.
  const askToErase = () => {
    setMenu(false);
    route(ERASE_URL);
  };
  const toggleMenu = () => (menu ? setMenu(false) : openMenu());
  return (
    <div
      class="quick-exit"
      data-later // loaded after the first screen: never in the pre-rendered home (first-paint.spec.ts)
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu) return;
        setMenu(false);
        moreButton.current?.focus(); // not lost to the page with the item that had it
      }}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setMenu(false);
      }}
    >
      {lockSet && (
        <>
          <button
            type="button"
            class="quick-exit-now"
            aria-label={t('quickexit.exit')}
            aria-describedby="quick-exit-hint"
            onPointerDown={(event) => {
              held.current = false;
              if (event.pointerType !== 'mouse')
                holdTimer.current = setTimeout(() => ((held.current = true), openMenu()), HOLD_MS);
            }}
            onPointerUp={() => clearTimeout(holdTimer.current)}
            onPointerCancel={() => clearTimeout(holdTimer.current)}
            onContextMenu={(event) => {
              event.preventDefault(); // Android's long press, a right click, the menu key, Shift+F10
              openMenu();
            }}
            onKeyDown={(event) => {
              held.current = false; // Enter or Space: a tap
              if (event.key !== 'ArrowDown') return;
              event.preventDefault();
              openMenu();
            }}
            // The click a finger's release sends after a long press opened the menu is not a tap.
            onClick={() => (held.current ? (held.current = false) : leave())}
          >
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M12 2a5 5 0 0 0-5 5v3H5v12h14V10h-2V7a5 5 0 0 0-5-5zm-3 5a3 3 0 0 1 6 0v3H9zm3 7a2 2 0 0 1 1 3.7V20h-2v-2.3A2 2 0 0 1 12 14z"
              />
            </svg>
          </button>
          <span id="quick-exit-hint" class="visually-hidden">
            {t('quickexit.hint')}
          </span>
        </>
      )}
      <button
        type="button"
        class="quick-exit-more"
        ref={moreButton}
        aria-label={t('quickexit.more')}
        aria-expanded={menu}
        aria-controls="quick-exit-menu"
        onClick={toggleMenu}
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="5" r="2.25" fill="currentColor" />
          <circle cx="12" cy="12" r="2.25" fill="currentColor" />
          <circle cx="12" cy="19" r="2.25" fill="currentColor" />
        </svg>
      </button>
      {menu && (
        <div id="quick-exit-menu" class="quick-exit-menu" role="group" aria-label={t('quickexit.more')}>
          {lockSet && (
            <button type="button" ref={firstItem} onClick={leave}>
              {t('quickexit.lockNow')}
            </button>
          )}
          <button type="button" ref={lockSet ? null : firstItem} onClick={askToErase}>
            {t('quickexit.deleteAll')}
          </button>
        </div>
      )}
    </div>
  );
}
