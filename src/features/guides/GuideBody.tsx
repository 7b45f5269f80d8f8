import type { ShownGuide } from '../../content/catalog';
import type { Guide, StepLink, StepLinkTarget } from '../../content/guide-types';
import { InLanguage } from '../../ui/InLanguage';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { formatDate } from '../../content/format-date';
import { notesForState } from '../../content/for-state';
import { useI18n } from '../../i18n/i18n-context';
import { LegalLine } from '../../ui/LegalLine';
import { PhraseList } from './PhraseList';
import { Sources } from '../../ui/SourceList';
import { TranslationNote } from '../../ui/Unreviewed';
import { useSavedState } from './use-saved-state';

/**
 * A guide's sections in the order a person needs them: what to do right now (encounter guides), act,
 * prepare, speak, avoid, understand, check.
 */
export function GuideBody({ guide }: { guide: ShownGuide }) {
  const { t } = useI18n();
  const rightNow = guide.rightNow && (
    // Read during the encounter, not before it: three steps and two phrases on the first screen.
    <section class="right-now" aria-labelledby="right-now">
      <h2 id="right-now">{t('guides.rightNow')}</h2>
      <Steps steps={guide.rightNow.steps} links={linksIn(guide, 'rightNow')} />
      <PhraseList phrases={guide.rightNow.sayThis} idPrefix="now" />
    </section>
  );
  // In a language of the emergency core, what follows "right now" is in the person's second language.
  if (guide.rest)
    return (
      <>
        {rightNow}
        <InLanguage
          language={guide.rest}
          note={t('legal.restNotTranslated', { language: LANGUAGE_NAMES[guide.rest] })}
        >
          <GuideRest guide={{ ...guide, summary: guide.restSummary ?? guide.summary }} />
        </InLanguage>
      </>
    );
  return (
    <>
      {rightNow}
      <GuideRest guide={guide} />
    </>
  );
}

/** Everything after "right now". */
function GuideRest({ guide }: { guide: Guide }) {
  const { t } = useI18n();
  const reviewed = formatDate(guide.lastReviewed, t);
  // A state's own rule (California's AB 450) only where it applies, once the saved state is read.
  const notes = notesForState(guide.goodToKnow, useSavedState());
  return (
    <>
      <p class="lead">{guide.summary}</p>
      <LegalLine reviewed={guide.lastReviewed} />
      {/* After "right now": an encounter guide's first screen stays the encounter's. */}
      <TranslationNote />

      <section aria-labelledby="steps">
        <h2 id="steps">{t('guides.steps')}</h2>
        <Steps steps={guide.steps} links={linksIn(guide, 'steps')} />
      </section>

      {guide.prepare && (
        <section class="later" aria-labelledby="prepare">
          <h2 id="prepare">{t('guides.prepare')}</h2>
          <Steps steps={guide.prepare} />
        </section>
      )}

      <section class="later" aria-labelledby="say-this">
        <h2 id="say-this">{t('guides.sayThis')}</h2>
        <p>{t('guides.sayThisHint')}</p>
        <PhraseList phrases={guide.sayThis} />
      </section>

      <section class="later" aria-labelledby="do-not">
        <h2 id="do-not">{t('guides.doNot')}</h2>
        <ul class="do-not">
          {guide.doNot.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section class="later" aria-labelledby="good-to-know">
        <h2 id="good-to-know">{t('guides.goodToKnow')}</h2>
        <ul class="notes">
          {notes.map((note) => (
            <li key={note.text}>
              {note.since && (
                <strong class="since">{t('guides.since', { date: formatDate(note.since, t) })}: </strong>
              )}
              {note.text}
            </li>
          ))}
        </ul>
        <p class="laws-change">{t('guides.lawsChange', { date: reviewed })}</p>
      </section>

      <Sources id="sources" title={t('guides.sources')} keys={guide.sources} class="later" />
    </>
  );
}

const LINK_PATHS: Record<StepLinkTarget, string> = {
  warrant: '/warrant',
  card: '/card',
  record: '/record',
  alert: '/alert',
};

function linksIn(guide: Guide, list: StepLink['list']): StepLink[] {
  return (guide.stepLinks ?? []).filter((link) => link.list === list);
}

/** Steps in order, one action each; a step another screen helps with links to it. */
function Steps({ steps, links = [] }: { steps: readonly string[]; links?: StepLink[] }) {
  const { t } = useI18n();
  return (
    <ol class="steps">
      {steps.map((step, index) => (
        <li key={step}>
          <span>{step}</span>
          {links
            .filter((link) => link.step === index)
            .map((link) => (
              <a key={link.to} class="step-link" href={LINK_PATHS[link.to]}>
                {t(`guides.open.${link.to}`)}
              </a>
            ))}
        </li>
      ))}
    </ol>
  );
}
