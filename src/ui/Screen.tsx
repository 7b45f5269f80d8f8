import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  title: string;
  children: ComponentChildren;
}

let firstScreen = true;

/**
 * One screen: sets the document title and its heading. After an in-app navigation it moves
 * focus to the heading, so a screen reader announces the new screen (not on the first load).
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
    else heading.current?.focus();
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
