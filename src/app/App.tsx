import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import i18next from 'i18next';
import { useMemo, useState } from 'preact/hooks';
import { HomeScreen } from '../features/home/HomeScreen';
import { NotFoundScreen } from '../features/not-found/NotFoundScreen';
import { I18nContext, type I18nState } from '../i18n/i18n-context';
import { changeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { saveSetting } from '../storage/settings-store';
import { Layout } from '../ui/Layout';

// Every screen but home loads on first use, with its own strings (all precached for offline use).
const guideScreens = () => import('../features/guides/routes');
const GuideListScreen = lazy(() => guideScreens().then((screens) => screens.GuideListScreen));
const GuideScreen = lazy(() => guideScreens().then((screens) => screens.GuideScreen));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen'));
const RedCardScreen = lazy(() => import('../features/card/RedCardScreen'));
const WarrantScreen = lazy(() => import('../features/warrant/WarrantScreen'));
const HelpScreen = lazy(() => import('../features/help/HelpScreen'));

/** The whole app: language state, the frame, and one route per screen. */
export function App({ initialLanguage }: { initialLanguage: Language }) {
  const [language, setLanguageState] = useState(initialLanguage);
  const [saveFailed, setSaveFailed] = useState(false);

  const i18n = useMemo<I18nState>(
    () => ({
      language,
      t: i18next.t,
      setLanguage: async (next) => {
        await changeLanguage(next);
        document.documentElement.lang = next;
        setLanguageState(next);
        const saved = await saveSetting('language', next);
        setSaveFailed(!saved.ok);
      },
    }),
    [language],
  );

  return (
    <I18nContext.Provider value={i18n}>
      <LocationProvider>
        <Layout notice={saveFailed ? i18n.t('common.languageSaveFailed') : undefined}>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={HomeScreen} />
              <Route path="/guides" component={GuideListScreen} />
              <Route path="/guides/:id" component={GuideScreen} />
              <Route path="/card" component={RedCardScreen} />
              <Route path="/warrant" component={WarrantScreen} />
              <Route path="/help" component={HelpScreen} />
              <Route path="/settings" component={SettingsScreen} />
              <Route default component={NotFoundScreen} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </LocationProvider>
    </I18nContext.Provider>
  );
}
