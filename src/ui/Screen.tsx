import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  title: string;
  children: ComponentChildren;
}

let firstScreen = true;
/** What had the focus as the address changed: the link tapped, or nothing. */
let focusAtNavigation: Element | null = null;

/**
 * Notes where the focus is each time the address changes (the frame calls it): a screen whose code is
 * still loading draws a moment later, and what the person focused meanwhile is theirs to keep.
 */
export function useNavigationFocus(): void {
  const { url } = useLocation();
  useLayoutEffect(() => {
    focusAtNavigation = document.activeElement;
  }, [url]);
}

/**
 * Whether a new screen may take the focus: it may from nothing, from where the focus was when the address
 * changed (the link that led here), and from its own content; not from a control outside the screen the
 * person moved to since, such as the quick exit's menu opened while the screen's code loaded.
 */
function mayTakeFocus(heading: HTMLElement): boolean {
  const at = document.activeElement;
  return (
    !at || at === document.body || at === focusAtNavigation || Boolean(heading.closest('main')?.contains(at))
  );
}

/**
 * One screen: sets the document title and its heading. After an in-app navigation it moves
 * focus to the heading, so a screen reader announces the new screen (not on the first load, nor away
 * from a control the person moved to while it loaded: `mayTakeFocus`).
 */
export function Screen({ title, children }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const appName = t('common.appName');
    // The home screen's heading is the app's name: say it once, not "Know your rights · Know your rights".
    document.title = title === appName ? appName : `${title} · ${appName}`;
  }, [title, t]);

  useEffect(() => {
    if (firstScreen) firstScreen = false;
    else if (heading.current && mayTakeFocus(heading.current)) heading.current.focus();
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
