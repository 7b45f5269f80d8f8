import { useMemo, useState } from 'preact/hooks';
import type { ShownGuide } from '../../content/catalog';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { buildIndex, search } from './search';
import { useGuides } from './use-guides';

/** Every guide in the current language, with a search that forgives typos; works offline. */
export function GuideListScreen() {
  const { t, language } = useI18n();
  const state = useGuides(language);
  return (
    <Screen title={t('guides.listTitle')}>
      <p class="lead">{t('guides.listIntro')}</p>
      {state.status === 'loading' && <p role="status">{t('guides.loading')}</p>}
      {state.status === 'failed' && <p role="alert">{t('guides.loadFailed')}</p>}
      {state.status === 'loaded' && <SearchableList guides={state.guides} />}
    </Screen>
  );
}

function SearchableList({ guides }: { guides: readonly ShownGuide[] }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const index = useMemo(() => buildIndex(guides), [guides]);
  const found = useMemo(() => search(index, query), [index, query]);
  return (
    <>
      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="guide-search">{t('guides.searchLabel')}</label>
        <input
          id="guide-search"
          type="search"
          value={query}
          autoComplete="off"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </form>
      <p class="search-count" role="status">
        {query.trim() ? t('guides.found', { count: found.length }) : ''}
      </p>
      <ul class="actions">
        {found.map((guide) => (
          <li key={guide.id}>
            {/* A guide a core language does not translate is listed in the language it opens in. */}
            <a class="action" href={`/guides/${guide.id}`} lang={guide.shownIn} dir={guide.shownIn && 'ltr'}>
              <span class="action-title">{guide.title}</span>
              <span class="action-hint">{guide.summary}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
