import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import i18next from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HomeScreen } from '../features/home/HomeScreen';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { I18nContext, type I18nState } from '../i18n/i18n-context';
import { changeLanguage } from '../i18n/i18n';
import type { AppLanguage } from '../i18n/pack-languages';
import { Layout } from '../ui/Layout';
import { afterFirstScreen, later } from '../ui/later';
import { lazyScreen } from './lazy-screen';

// Every screen but home loads on first use, with its own strings (all precached for offline use).
const guideScreens = () => import('../features/guides/routes');
const GuideListScreen = lazyScreen(() => guideScreens().then((screens) => screens.GuideListScreen));
const GuideScreen = lazyScreen(() => guideScreens().then((screens) => screens.GuideScreen));
const SettingsScreen = lazyScreen(() => import('../features/settings/SettingsScreen').then((m) => m.default));
const RedCardScreen = lazyScreen(() => import('../features/card/RedCardScreen').then((m) => m.default));
const WarrantScreen = lazyScreen(() => import('../features/warrant/WarrantScreen').then((m) => m.default));
const HelpScreen = lazyScreen(() => import('../features/help/HelpScreen').then((m) => m.default));
const ContactsScreen = lazyScreen(() => import('../features/contacts/ContactsScreen').then((m) => m.default));
const PracticeScreen = lazyScreen(() => import('../features/practice/PracticeScreen').then((m) => m.default));
const WalletListScreen = lazyScreen(() =>
  import('../features/practice/WalletListScreen').then((m) => m.default),
);
const PlanScreen = lazyScreen(() => import('../features/plan/PlanScreen').then((m) => m.default));
const PlanSectionScreen = lazyScreen(() =>
  import('../features/plan/PlanSectionScreen').then((m) => m.default),
);
const QuickPlanScreen = lazyScreen(() => import('../features/plan/QuickPlanScreen').then((m) => m.default));
const PlanPrintScreen = lazyScreen(() => import('../features/plan/PlanPrintScreen').then((m) => m.default));
const CaregiverPacketScreen = lazyScreen(() =>
  import('../features/plan/CaregiverPacketScreen').then((m) => m.default),
);
const RecordScreens = lazyScreen(() =>
  import('../features/record/RecordScreens').then((m) => m.RecordScreens),
);
// The alert's three screens are one route: the entry is at its size budget (src/features/alert/routes.tsx).
const AlertScreens = lazyScreen(() => import('../features/alert/routes').then((m) => m.default));
// What the app keeps about its language: not needed for the first screen, so it loads after it.
const languageMemory = () => import('./language-memory');

const BackupScreen = lazyScreen(() => import('../features/backup/BackupScreen').then((m) => m.default));

// What the home screen adds below its buttons once drawn: the plan's review reminder, the backup offer of
// an installed app with nothing saved, the install card (src/features/home/HomeNotes.tsx).
const HomeNotes = later(() => import('../features/home/HomeNotes'));
const Home = () => <HomeScreen below={<HomeNotes />} />;
// The top bar's quick exit: its code, the lock's among it, loads once the first screen is drawn.
const QuickExit = later(() => import('../features/quick-exit/QuickExit'));

/** The whole app: language state, the frame, and one route per screen. */
export function App({ initialLanguage }: { initialLanguage: AppLanguage }) {
  const [language, setLanguageState] = useState(initialLanguage);
  const [saveFailed, setSaveFailed] = useState(false);
  const latestChoice = useRef(0);
  // A screen that failed while drawing: say so rather than leave a blank page.
  const [screenFailed, setScreenFailed] = useState(false);

  /** Shows `next`; `choice` saves it as the person's choice. A later call wins over an earlier one. */
  const showLanguage = async (next: AppLanguage, choice: boolean): Promise<void> => {
    const request = ++latestChoice.current;
    try {
      await changeLanguage(next);
    } catch {
      return setScreenFailed(true); // the other language's strings could not be loaded
    }
    if (request !== latestChoice.current) return; // a later tap won: keep its language
    document.documentElement.lang = next;
    setLanguageState(next);
    const remembered = await languageMemory().then(
      ({ rememberLanguage }) => rememberLanguage(next, choice),
      () => false, // its code could not be fetched (offline before the install finished)
    );
    setSaveFailed(!remembered);
  };

  // The first render used the language the page opened in. Now check the saved choice (or, with none,
  // the browser's): they differ only when the remembered page language was lost, e.g. its cache cleared.
  // Once the first screen is painted: that reads the database, with all of storage's code, which a link
  // to a guide would otherwise download and run while the guide's own code is on its way.
  useEffect(() => {
    const before = latestChoice.current;
    return afterFirstScreen(
      () =>
        languageMemory()
          .then(async ({ startLanguage, rememberLanguage }) => {
            const start = await startLanguage();
            if (latestChoice.current !== before) return; // the person chose meanwhile
            if (start.language !== initialLanguage) return showLanguage(start.language, false);
            await rememberLanguage(start.language, false);
          })
          .catch(() => undefined), // the page's language stays: one the person can read
    );
  }, []);

  const i18n = useMemo<I18nState>(
    () => ({ language, t: i18next.t, setLanguage: (next) => showLanguage(next, true) }),
    [language],
  );

  return (
    <I18nContext.Provider value={i18n}>
      <LocationProvider>
        <Layout
          top={<QuickExit />}
          notice={
            screenFailed
              ? i18n.t('common.screenFailed')
              : saveFailed
                ? i18n.t('common.languageSaveFailed')
                : undefined
          }
        >
          <ErrorBoundary onError={() => setScreenFailed(true)}>
            <Router>
              <Route path="/" component={Home} />
              <Route path="/guides" component={GuideListScreen} />
              <Route path="/guides/:id" component={GuideScreen} />
              <Route path="/card" component={RedCardScreen} />
              <Route path="/warrant" component={WarrantScreen} />
              <Route path="/help" component={HelpScreen} />
              <Route path="/alert/:at*" component={AlertScreens} />
              <Route path="/contacts" component={ContactsScreen} />
              <Route path="/contacts/practice" component={PracticeScreen} />
              <Route path="/contacts/wallet" component={WalletListScreen} />
              <Route path="/plan" component={PlanScreen} />
              <Route path="/plan/ten-minutes" component={QuickPlanScreen} />
              <Route path="/plan/print" component={PlanPrintScreen} />
              <Route path="/plan/caregiver" component={CaregiverPacketScreen} />
              <Route path="/plan/:section" component={PlanSectionScreen} />
              <Route path="/record/:id?" component={RecordScreens} />
              <Route path="/settings" component={SettingsScreen} />
              <Route path="/settings/data" component={BackupScreen} />
              <Route default component={NotFoundScreen} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </LocationProvider>
    </I18nContext.Provider>
  );
}
