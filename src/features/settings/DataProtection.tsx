import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { dataProtection, type Protection } from '../../storage/persistence';

/** Whether the browser promised to keep the person's data, what to do if not, and the way to a backup. */
export function DataProtection() {
  const { t } = useI18n();
  const [protection, setProtection] = useState<Protection | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void dataProtection().then((state) => current && setProtection(state));
    return () => {
      current = false;
    };
  }, []);

  return (
    <section aria-labelledby="settings-data">
      <h2 id="settings-data">{t('settings.data.title')}</h2>
      <p>{t('settings.data.where')}</p>
      {/* Polite: the state arrives a moment after the screen, and is worth hearing. */}
      <div aria-live="polite" data-testid="data-protection" data-state={protection}>
        {protection === 'protected' && <p class="data-protected">{t('settings.data.protected')}</p>}
        {(protection === 'not-protected' || protection === 'unknown') && (
          <>
            <p class="data-warning">
              {protection === 'unknown' ? t('settings.data.unknown') : t('settings.data.notProtected')}
            </p>
            <p>{t('settings.data.toProtect')}</p>
            <ul class="notes">
              <li>{t('settings.data.install')}</li>
              <li>{t('settings.data.backup')}</li>
            </ul>
          </>
        )}
      </div>
      {/* Always said: an iPhone deletes the data whatever the browser promised, and a Home Screen app starts empty. */}
      <div data-testid="data-iphone">
        <h3>{t('settings.data.iphoneTitle')}</h3>
        <p>{t('settings.data.iphone')}</p>
        <ol class="notes">
          <li>{t('settings.data.iphoneSave')}</li>
          <li>{t('settings.data.iphoneAdd')}</li>
          <li>{t('settings.data.iphoneOpen')}</li>
        </ol>
      </div>
      <p>
        <a class="link-target" href="/settings/data">
          {t('settings.data.link')}
        </a>
      </p>
    </section>
  );
}
