import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { useGuides } from './use-guides';

/** Every guide in the current language, each a large link with its one-line summary. */
export function GuideListScreen() {
  const { t, language } = useI18n();
  const state = useGuides(language);
  return (
    <Screen title={t('guides.listTitle')}>
      <p class="lead">{t('guides.listIntro')}</p>
      {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.status === 'failed' && <p role="alert">{t('guides.loadFailed')}</p>}
      {state.status === 'loaded' && (
        <ul class="actions">
          {state.guides.map((guide) => (
            <li key={guide.id}>
              <a class="action" href={`/guides/${guide.id}`}>
                <span class="action-title">{guide.title}</span>
                <span class="action-hint">{guide.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Screen>
  );
}
