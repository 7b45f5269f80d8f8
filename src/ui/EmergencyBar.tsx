import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { useEffect, useState } from 'preact/hooks';
import { later } from './later';

// The bar's words come with the emergency screens that show it, not with the first screen's strings.
addScreenStrings(import.meta.glob('/locales/{en,es}/emergency.json', { eager: true, import: 'default' }));

// The call buttons read the saved contacts: that code (storage's) loads once the screen is drawn, so a
// link to a guide, the card or the warrant check waits for none of it.
const EmergencyCalls = later(() => import('./EmergencyCalls'));

/** The emergency screens, each of which shows the bar (and is left out of its own bar). */
export type EmergencyScreen = 'guide' | 'card' | 'warrant';

/**
 * The bar that stays at the bottom of the emergency screens (the encounter guides, such as the door guide, the red card, the warrant
 * check), so none of them is a dead end: the card, the warrant check, and one tap to call the first
 * emergency contact and the local rapid-response line, once they are saved. While locked, only if the
 * person chose to keep those numbers open (storage says which: `emergencyNumbersNow`).
 */
export function EmergencyBar({ current, floatAfter }: { current: EmergencyScreen; floatAfter?: string }) {
  const { t } = useI18n();
  const floating = useFloatingAfter(floatAfter);

  return (
    <nav class={floating ? 'emergency-bar floating' : 'emergency-bar'} aria-label={t('emergency.label')}>
      <ul>
        {current !== 'card' && (
          <li>
            <a href="/card">{t('emergency.card')}</a>
          </li>
        )}
        {current !== 'warrant' && (
          <li>
            <a href="/warrant">{t('emergency.warrant')}</a>
          </li>
        )}
        <EmergencyCalls />
      </ul>
    </nav>
  );
}

/**
 * Whether the bar stays at the bottom of the screen. With `floatAfter` (a selector: the guide's "right
 * now" block, the red card) it does so only while that block sits whole above where the bar would be, so
 * the bar never covers the first things a person must read; otherwise it waits at the end of the screen.
 * Asked again on every scroll and resize and whenever the block's own size changes: a block measured
 * before its screen was fully laid out (on a slow phone, or before the viewport settles) and found short
 * must not leave the bar lying over it once it has grown.
 */
function useFloatingAfter(selector: string | undefined): boolean {
  const [floating, setFloating] = useState(selector === undefined);
  useEffect(() => {
    if (selector === undefined) return;
    const check = () => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      // Not laid out on the page yet (the screen is still being put in place, or hidden): not seen.
      if (!box || box.height === 0) return setFloating(false);
      // The bar's own height at most (two lines of text at the person's text size), kept free below it.
      const barSpace = 4.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      setFloating(box.bottom <= window.innerHeight - barSpace);
    };
    // Once the screen is laid out, then on every scroll and resize, and when the block changes size.
    const frame = requestAnimationFrame(check);
    const block = document.querySelector(selector);
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    if (block) resized?.observe(block);
    window.addEventListener('scroll', check, { passive: true });
    window.addEventListener('resize', check, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resized?.disconnect();
      window.removeEventListener('scroll', check);
      window.removeEventListener('resize', check);
    };
  }, [selector]);
  return floating;
}
