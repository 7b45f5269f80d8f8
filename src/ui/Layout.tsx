import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';
import { later } from './later';
import { useNavigationFocus } from './Screen';

const OfflineStatus = later(() => import('../offline/OfflineStatus'));

interface Props {
  /** A problem to tell the person about, already in their language. */
  notice?: string | undefined;
  /** The app's own controls at the end of the top bar (the quick exit, while a lock is set). */
  top?: ComponentChildren;
  children: ComponentChildren;
}

/** The frame around every screen: home link and language switch on top, messages below. */
export function Layout({ notice, top, children }: Props) {
  const { t } = useI18n();
  useNavigationFocus();
  return (
    <>
      <header class="topbar">
        <a class="brand" href="/">
          {t('common.appName')}
        </a>
        <LanguageSwitch />
        {top}
      </header>
      <main id="main">
        {notice && (
          <p class="notice" role="alert">
            {notice}
          </p>
        )}
        {children}
      </main>
      {/* In the flow, after the screen: "ready to use offline" never lies over what a person reads. */}
      <div class="offline-status" role="status">
        <OfflineStatus />
      </div>
    </>
  );
}
