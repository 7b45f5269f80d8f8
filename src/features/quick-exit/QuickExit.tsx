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
 * The top bar's quick exit, shown only while a lock is set (checked again on every screen), and with it
 * the auto-lock. A tap on "Exit" locks at once and shows the rights home. Held down (a long press, a
 * right click, the menu key, Shift+F10 or the down arrow) it opens a small menu, "Lock now" and "Delete
 * all my data", so the deletion's question is two steps from any screen. One button, not two: on a
 * 360 px phone the bar has room for one more 44 px control beside the language buttons, not two.
 */
export default function QuickExit() {
  const { t } = useI18n();
  const { url, route } = useLocation();
  const [lockSet, setLockSet] = useState(false);
  const [menu, setMenu] = useState(false);
  const routeRef = useRef(route);
  routeRef.current = route;
  const held = useRef(false);
  const holdTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const firstItem = useRef<HTMLButtonElement>(null);

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

  if (!lockSet) return null;
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
  return (
    <div
      class="quick-exit"
      onKeyDown={(event) => event.key === 'Escape' && menu && setMenu(false)}
      onFocusOut={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setMenu(false);
      }}
    >
      <button
        type="button"
        class="quick-exit-now"
        aria-label={t('quickexit.exit')}
        aria-describedby="quick-exit-hint"
        aria-haspopup="menu"
        aria-expanded={menu}
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
      {menu && (
        <div class="quick-exit-menu" role="group" aria-label={t('quickexit.exit')}>
          <button type="button" ref={firstItem} onClick={leave}>
            {t('quickexit.lockNow')}
          </button>
          <button type="button" onClick={askToErase}>
            {t('quickexit.deleteAll')}
          </button>
        </div>
      )}
    </div>
  );
}
