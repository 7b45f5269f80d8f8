import { useEffect, useState } from 'preact/hooks';
import { addScreenStrings } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n-context';
import { installPrompt, isInstalled, promptInstall, watchInstall } from '../../offline/install-prompt';

addScreenStrings(import.meta.glob('/locales/{en,es}/install.json', { eager: true, import: 'default' }));

/** Safari on iPhone and iPad (every browser there is Safari underneath): no install prompt, a Share menu. */
function isAppleMobile(): boolean {
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Mac/.test(navigator.platform) && navigator.maxTouchPoints > 1)
  );
}

/**
 * On the home screen, once the app works offline and until it is installed: how to put it on the home
 * screen, where it opens with no signal like any other app. An Install button where the browser offers
 * one; short steps with pictures where it does not (iPhone: Share, then Add to Home Screen; others: the
 * browser's menu). Loaded after the home screen is drawn and shown below its buttons, so it moves none.
 */
export default function InstallCard() {
  const { t } = useI18n();
  const [ready, setReady] = useState(() => Boolean(navigator.serviceWorker?.controller));
  const [, redraw] = useState(0);

  useEffect(() => {
    const stop = watchInstall(() => redraw((n) => n + 1));
    const onReady = () => setReady(true);
    navigator.serviceWorker?.addEventListener('controllerchange', onReady, { once: true });
    return () => {
      stop();
      navigator.serviceWorker?.removeEventListener('controllerchange', onReady);
    };
  }, []);

  if (!ready || isInstalled()) return null;
  const prompt = installPrompt();
  const apple = !prompt && isAppleMobile();
  return (
    <section class="install-card" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <p>{t('install.why')}</p>
      {prompt ? (
        <p>
          <button type="button" class="button" onClick={() => void promptInstall()}>
            {t('install.install')}
          </button>
        </p>
      ) : apple ? (
        <>
          <ol class="install-steps">
            <li>
              <ShareIcon /> {t('install.apple.share')}
            </li>
            <li>
              <AddIcon /> {t('install.apple.add')}
            </li>
          </ol>
          {/* The home-screen app keeps its own storage on iPhone: what is saved in Safari stays there. */}
          <p class="install-first">{t('install.apple.first')}</p>
        </>
      ) : (
        <ol class="install-steps">
          <li>
            <MenuIcon /> {t('install.other.menu')}
          </li>
          <li>
            <AddIcon /> {t('install.other.add')}
          </li>
        </ol>
      )}
    </section>
  );
}

/** Safari's Share symbol: a box with an arrow out of its top. */
function ShareIcon() {
  return (
    <svg class="install-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 3v12M8 7l4-4 4 4M6 11H5v10h14V11h-1" />
    </svg>
  );
}

/** "Add to Home Screen": a square with a plus. */
function AddIcon() {
  return (
    <svg class="install-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="16" height="16" rx="3" />
      <path d="M12 8v8M8 12h8" />
    </svg>
  );
}

/** A browser's menu: three dots. */
function MenuIcon() {
  return (
    <svg class="install-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="5" r="1.5" />
      <circle cx="12" cy="12" r="1.5" />
      <circle cx="12" cy="19" r="1.5" />
    </svg>
  );
}
