import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n-context';
import { InLanguage } from '../../ui/InLanguage';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { EmergencyBar } from '../../ui/EmergencyBar';
import { Screen } from '../../ui/Screen';
import { Unreviewed } from '../../ui/Unreviewed';
import { GuideBody } from './GuideBody';
import { useGuides } from './use-guides';

/** One guide, `/guides/<id>`, in the current language, saying so when its translation is not yet reviewed. */
export function GuideScreen() {
  return (
    <Unreviewed>
      <OneGuide />
    </Unreviewed>
  );
}

function OneGuide() {
  const { t, language } = useI18n();
  const { params } = useRoute();
  const state = useGuides(language);

  if (state.status === 'loading') return <p role="status">{t('guides.loading')}</p>;
  if (state.status === 'failed') return <Screen title={t('guides.loadFailed')}>{null}</Screen>;

  const guide = state.guides.find((candidate) => candidate.id === params['id']);
  if (!guide) {
    return (
      <Screen title={t('guides.notFound')}>
        <p>
          <a class="link-target" href="/guides">
            {t('guides.allGuides')}
          </a>
        </p>
      </Screen>
    );
  }
  const screen = (
    <Screen title={guide.title}>
      <GuideBody guide={guide} />
      {/* An encounter guide is read during the encounter: the card and the warrant check stay one tap away. */}
      {guide.rightNow && <EmergencyBar current="guide" floatAfter=".right-now" />}
    </Screen>
  );
  // A guide the person's language (one of the emergency core) does not translate: all of it in their
  // second language, and a line that says so.
  if (guide.shownIn)
    return (
      <InLanguage
        language={guide.shownIn}
        note={t('legal.notTranslated', { language: LANGUAGE_NAMES[guide.shownIn] })}
      >
        {screen}
      </InLanguage>
    );
  return screen;
}
