import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { LanguagesSection } from './LanguagesSection';
import { DataProtection } from './DataProtection';
import { PrivacySection } from '../lock/public';
import { AutoLockChoice } from '../quick-exit/public';
import { addScreenStrings } from '../../i18n/i18n';

addScreenStrings(import.meta.glob('/locales/{en,es}/settings.json', { eager: true, import: 'default' }));

/** Language, whether the saved data is protected, the lock, version, and what this app is and is not. */
export default function SettingsScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('settings.title')}>
      <LanguagesSection />
      <DataProtection />
      <PrivacySection whileSet={<AutoLockChoice />} />
      <section aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about')}</h2>
        <p>{t('settings.aboutWhat')}</p>
        <p>{t('settings.aboutPrivacy')}</p>
        <p class="legal-note">{t('settings.aboutLegal')}</p>
        <p>{t('settings.aboutSources')}</p>
      </section>
      <section aria-labelledby="settings-version">
        <h2 id="settings-version">{t('settings.version')}</h2>
        <p data-testid="app-version">{t('settings.versionValue', { version: __APP_VERSION__ })}</p>
      </section>
    </Screen>
  );
}
