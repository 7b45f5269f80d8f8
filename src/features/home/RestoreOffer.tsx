import { useEffect, useState } from 'preact/hooks';
import { addScreenStrings } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n-context';
import { runsInstalled } from '../../offline/install-prompt';
import { nothingSaved } from '../../storage/nothing-saved';

// Its words come with it, not with the first screen's strings.
addScreenStrings(import.meta.glob('/locales/{en,es}/restore.json', { eager: true, import: 'default' }));

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
    if (!runsInstalled()) return;
    let shown = true;
    void nothingSaved().then((empty) => shown && setOffer(empty.ok && empty.value));
    return () => {
      shown = false;
    };
  }, []);

  if (!offer) return null;
  return (
    <section class="notice restore-offer" aria-labelledby="restore-offer">
      <h2 id="restore-offer">{t('restore.title')}</h2>
      <p>{t('restore.text')}</p>
      <p>
        <a class="button" href="/settings/data#data-import">
          {t('restore.link')}
        </a>
      </p>
    </section>
  );
}
