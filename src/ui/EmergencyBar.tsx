import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { SAVED_LOCAL_LINE, dialString } from '../shared/stored-phone';
import { watchedContacts } from '../storage/contacts-store';
import { watchedSetting } from '../storage/settings-store';
import { useEffect, useState } from 'preact/hooks';
import { useStored } from './use-stored';

// The bar's words come with the emergency screens that show it, not with the first screen's strings.
addScreenStrings(import.meta.glob('/locales/*/emergency.json', { eager: true, import: 'default' }));

/** The emergency screens, each of which shows the bar (and is left out of its own bar). */
export type EmergencyScreen = 'guide' | 'card' | 'warrant';

/**
 * The bar that stays at the bottom of the emergency screens (the encounter guides, such as the door guide, the red card, the warrant
 * check), so none of them is a dead end: the card, the warrant check, and one tap to call the first
 * emergency contact and the local rapid-response line, once they are saved.
 */
export function EmergencyBar({ current, floatAfter }: { current: EmergencyScreen; floatAfter?: string }) {
  const { t } = useI18n();
  const floating = useFloatingAfter(floatAfter);
  const { value: contacts } = useStored(watchedContacts);
  const { value: setting } = useStored(watchedSetting('rapidResponseNumber'));
  const first = contacts?.contacts.find((contact) => contact.phones.length > 0);
  // The shape alone, not libphonenumber's 15 KB: the red card must open fast on a cheap phone.
  const localLine = setting !== undefined && SAVED_LOCAL_LINE.test(setting) ? setting : undefined;

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
        {first && (
          <li>
            <a href={`tel:${dialString(first.phones[0] ?? '')}`} class="emergency-call">
              <span>
                {t('emergency.call')} <bdi class="emergency-who">{first.name}</bdi>
              </span>
            </a>
          </li>
        )}
        {localLine && (
          <li>
            <a href={`tel:${localLine}`} class="emergency-call">
              {t('emergency.localLine')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/**
 * Whether the bar stays at the bottom of the screen. With `floatAfter` (a selector: the guide's "right
 * now" block, the red card) it does so only once that block has been seen whole above where the bar would
 * sit, so the bar never covers the first things a person must read; until then it waits at the end of
 * the screen.
 */
function useFloatingAfter(selector: string | undefined): boolean {
  const [floating, setFloating] = useState(selector === undefined);
  useEffect(() => {
    if (floating || selector === undefined) return;
    const check = () => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      // Not laid out on the page yet (the screen is still being put in place, or hidden): not seen.
      if (!box || box.height === 0) return;
      // The bar's own height at most (two lines of text at the person's text size), kept free below it.
      const barSpace = 4.5 * parseFloat(getComputedStyle(document.documentElement).fontSize);
      if (box.bottom <= window.innerHeight - barSpace) setFloating(true);
    };
    // Once the screen is laid out, then on every scroll and resize.
    const frame = requestAnimationFrame(check);
    window.addEventListener('scroll', check, { passive: true });
    window.addEventListener('resize', check, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', check);
      window.removeEventListener('resize', check);
    };
  }, [floating, selector]);
  return floating;
}
