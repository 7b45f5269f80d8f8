import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { useI18n } from '../i18n/i18n-context';
import { Screen } from '../ui/Screen';

/** Shown in place of a screen whose code could not be fetched (offline before the first install). */
function ScreenFailed() {
  const { t } = useI18n();
  return (
    <Screen title={t('common.screenFailed')}>
      <p>
        <a class="link-target" href="/">
          {t('common.notFound.goHome')}
        </a>
      </p>
    </Screen>
  );
}

/** A screen loaded on first use; if its code cannot be fetched, a screen that says so instead of a blank. */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  return lazy(() => load().catch(() => ScreenFailed));
}
