/**
 * The moments the app itself sends the person to another app: a call or text (tel:, sms: links), a file
 * picker, the share sheet. The page is hidden then just as when the screen turns off (one
 * `visibilitychange` for both), so the auto-lock (auto-lock.ts) does not count
 * a hide that starts shortly after one of these. Links and file pickers are marked where they are tapped
 * (one listener there); code that calls `navigator.share` or opens a picker itself calls `markHandOff`.
 */

let lastHandOff = -Infinity;

/** Marks that the app is about to hand the person to another app. */
export function markHandOff(): void {
  lastHandOff = performance.now();
}

/** Whether the app handed the person to another app within the last `ms` milliseconds. */
export function handedOffWithin(ms: number): boolean {
  return performance.now() - lastHandOff < ms;
}
