import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { useEffect, useRef, useState } from 'preact/hooks';
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
 * check), so none of them is a dead end: the card, the warrant check, the alert to the person's people
 * (`/alert`), and one tap to call the first emergency contact and the local rapid-response line, once
 * they are saved. While locked, only if the
 * person chose to keep those numbers open (storage says which: `emergencyNumbersNow`).
 */
export function EmergencyBar({ current, floatAfter }: { current: EmergencyScreen; floatAfter?: string }) {
  const { t } = useI18n();
  const own = useRef<HTMLElement>(null);
  const floating = useFloatingAfter(floatAfter, own);

  return (
    <nav
      ref={own}
      class={floating ? 'emergency-bar floating' : 'emergency-bar'}
      aria-label={t('emergency.label')}
    >
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
        <li>
          <a href="/alert">{t('emergency.alert')}</a>
        </li>
        <EmergencyCalls />
      </ul>
    </nav>
  );
}

/**
 * Whether the bar stays at the bottom of the screen. With `floatAfter` (a selector: the guide's "right
 * now" block, the red card) it does so only while that block sits whole above where the bar would be, so
 * the bar never covers the first things a person must read; otherwise it waits at the end of the screen.
 * Asked again on every scroll and resize and whenever the block's or the bar's own size changes: a block measured
 * before its screen was fully laid out (on a slow phone, or before the viewport settles) and found short
 * must not leave the bar lying over it once it has grown.
 */
function useFloatingAfter(selector: string | undefined, bar: { current: HTMLElement | null }): boolean {
  const [floating, setFloating] = useState(selector === undefined);
  useEffect(() => {
    if (selector === undefined) return;
    const check = () => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      // Not laid out on the page yet (the screen is still being put in place, or hidden): not seen.
      if (!box || box.height === 0) return setFloating(false);
      // The bar's own height, kept free below it: with five buttons it takes four lines of text on a 320 px
      // phone in Spanish (106 px) and more in Tagalog, not the two (4.5 rem) once counted on.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const barSpace = Math.max(bar.current?.getBoundingClientRect().height ?? 0, 4.5 * rem);
      setFloating(box.bottom <= window.innerHeight - barSpace);
    };
    // Once the screen is laid out, then on every scroll and resize, and when the block changes size.
    const frame = requestAnimationFrame(check);
    const block = document.querySelector(selector);
    const resized = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    if (block) resized?.observe(block);
    // The bar grows when its call buttons arrive (they load after the screen is drawn).
    if (bar.current) resized?.observe(bar.current);
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
