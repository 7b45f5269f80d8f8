import { useI18n } from '../i18n/i18n-context';
import { Screen } from './Screen';

/** Any path the app does not know. */
export function NotFoundScreen() {
  const { t } = useI18n();
  return (
    <Screen title={t('common.notFound.title')}>
      <p>{t('common.notFound.body')}</p>
      <p>
        <a class="link-target" href="/">
          {t('common.notFound.goHome')}
        </a>
      </p>
    </Screen>
  );
}
