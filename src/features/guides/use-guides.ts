import { useEffect, useState } from 'preact/hooks';
import { guidesIfLoaded, loadGuides } from '../../content/catalog';
import type { ShownGuide } from '../../content/catalog';
import type { AppLanguage } from '../../i18n/pack-languages';

export type GuidesState =
  { status: 'loading' } | { status: 'loaded'; guides: readonly ShownGuide[] } | { status: 'failed' };

/** The guides of the current language, reloaded when the language changes. */
export function useGuides(language: AppLanguage): GuidesState {
  const [state, setState] = useState<GuidesState>(() => {
    const guides = guidesIfLoaded(language);
    return guides ? { status: 'loaded', guides } : { status: 'loading' };
  });
  useEffect(() => {
    const guides = guidesIfLoaded(language);
    if (guides) {
      setState((shown) =>
        shown.status === 'loaded' && shown.guides === guides ? shown : { status: 'loaded', guides },
      );
      return;
    }
    // The guides already shown stay until the other language's arrive: no blank screen, no lost search.
    let current = true;
    loadGuides(language).then(
      (guides) => current && setState({ status: 'loaded', guides }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [language]);
  return state;
}
