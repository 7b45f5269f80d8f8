import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { nothingSaved } from '../../storage/nothing-saved';

/** The app runs from its Home Screen icon (installed), not in a browser tab. */
export function isInstalledApp(): boolean {
  const standalone = globalThis.matchMedia?.('(display-mode: standalone)').matches === true;
  // Safari on iPhone says so on `navigator` too.
  return standalone || (navigator as { standalone?: boolean }).standalone === true;
}

/**
 * On the home screen of the installed app, when nothing is saved yet: on iPhone the app added to the
 * Home Screen has storage apart from Safari's (and Safari deletes a site's data after 7 days without
 * a visit), so a family's contacts and plan come over only through a backup file. Loaded after the home
 * screen is drawn (src/ui/later.tsx); shown below the actions, so it moves no button.
 */
export default function RestoreOffer() {
  const { t } = useI18n();
  const [offer, setOffer] = useState(false);

  useEffect(() => {
    if (!isInstalledApp()) return;
    let shown = true;
    void nothingSaved().then((empty) => shown && setOffer(empty.ok && empty.value));
    return () => {
      shown = false;
    };
  }, []);

  if (!offer) return null;
  return (
    <section class="notice restore-offer" aria-labelledby="restore-offer">
      <h2 id="restore-offer">{t('home.restore.title')}</h2>
      <p>{t('home.restore.text')}</p>
      <p>
        <a class="button" href="/settings/data#data-import">
          {t('home.restore.link')}
        </a>
      </p>
    </section>
  );
}
