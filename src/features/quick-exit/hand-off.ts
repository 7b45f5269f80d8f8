/**
 * The moments the app itself sends the person to another app: a call or text (tel:, sms: links), a file
 * picker, the share sheet, the print dialog. The page is hidden then just as when the screen turns off (one
 * `visibilitychange` for both), so the auto-lock (auto-lock.ts) gives a hide that starts shortly after one of
 * these a longer time. Links and file pickers are marked where they are tapped (one listener there); code
 * that calls `navigator.share` or opens a picker itself calls `markHandOff`; printing is watched here.
 */

let lastHandOff = -Infinity;
let printing = false;

/** Marks that the app is about to hand the person to another app. */
export function markHandOff(): void {
  lastHandOff = performance.now();
}

/** Whether the app handed the person to another app within the last `ms` milliseconds, or is printing. */
export function handedOffWithin(ms: number): boolean {
  return printing || performance.now() - lastHandOff < ms;
}

/**
 * Counts the print dialog as a hand-off, whichever screen called `window.print()` (the plan, the packet,
 * the wallet list): Android's print screen hides the page, and with "as soon as I leave" it locked
 * mid-print. `afterprint` marks once more, since Android may send it before the page is hidden.
 * Returns the function that stops it.
 */
export function watchPrinting(): () => void {
  const before = () => {
    printing = true;
    markHandOff();
  };
  const after = () => {
    printing = false;
    markHandOff();
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    printing = false;
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
