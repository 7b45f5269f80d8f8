import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { useI18n } from '../i18n/i18n-context';
import { isLanguage } from '../i18n/languages';
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

// What a screen needs in a language of a pack (src/ui/PackScreen.tsx): English and Spanish never load it.
const PackScreen = lazy(() => import('../ui/PackScreen').then((m) => m.PackScreen));

/**
 * A screen loaded on first use; if its code cannot be fetched, a screen that says so instead of a blank.
 * In a language of a pack, inside what says which screens that language covers (src/ui/PackScreen.tsx).
 */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  const Loaded = lazy(() => load().catch(() => ScreenFailed));
  return (props: Record<string, unknown>) =>
    isLanguage(useI18n().language) ? <Loaded {...props} /> : <PackScreen screen={Loaded} props={props} />;
}
