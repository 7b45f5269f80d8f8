import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { SCREENS_REVIEWED } from '../../../locales/reviewed';
import { useI18n } from '../../i18n/i18n-context';
import { EmergencyBar } from '../../ui/EmergencyBar';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { Sources } from '../../ui/SourceList';
import { WarrantDiagram } from './WarrantDiagram';
import { askedBy, keepAnswer, leaveCheck } from './asked-check';
import { QUESTIONS, nextQuestion, verdict, type Answer, type Answers } from './warrant-check';
import { WARRANT_SOURCES } from './warrant-sources';
import { addScreenStrings } from '../../i18n/i18n';

addScreenStrings(import.meta.glob('/locales/{en,es}/warrant.json', { eager: true, import: 'default' }));

/**
 * `/warrant`: a few yes/no questions about the paper agents show, leading to what to do, with its sources.
 * Opened from an incident record (asked-check.ts), its verdict has a button that takes it back there.
 */
export default function WarrantScreen() {
  const { t } = useI18n();
  const { route } = useLocation();
  const [asked] = useState(askedBy);
  useEffect(() => leaveCheck, []);
  const [answers, setAnswers] = useState<Answers>({});
  const result = verdict(answers);
  const question = result ? undefined : nextQuestion(answers);
  const answer = (value: Answer) => question && setAnswers({ ...answers, [question]: value });
  const answered = Object.keys(answers).length;

  // After each answer the buttons that had focus are gone: move it to the next question or the result,
  // so keyboard and screen-reader users carry on from there.
  const next = useRef<HTMLHeadingElement & HTMLSpanElement>(null);
  useEffect(() => {
    if (answered > 0) next.current?.focus();
  }, [answered]);

  return (
    <Screen title={t('warrant.title')}>
      <LegalLine reviewed={SCREENS_REVIEWED} />
      <p class="lead">{t('warrant.intro')}</p>
      <div>
        {question && (
          <fieldset class="question" key={question}>
            <legend>
              <span class="question-count">
                {t('warrant.question', { number: QUESTIONS.indexOf(question) + 1, total: QUESTIONS.length })}
              </span>
              <span class="question-text" tabIndex={-1} ref={next}>
                {t(`warrant.questions.${question}.text`)}
              </span>
            </legend>
            <p class="question-help">{t(`warrant.questions.${question}.help`)}</p>
            <div class="answers">
              <button type="button" class="button" onClick={() => answer('yes')}>
                {t('warrant.yes')}
              </button>
              <button type="button" class="button" onClick={() => answer('no')}>
                {t('warrant.no')}
              </button>
              <button type="button" class="button button-secondary" onClick={() => answer('unsure')}>
                {t('warrant.notSure')}
              </button>
            </div>
          </fieldset>
        )}
        {result && (
          <section class={`verdict verdict-${result}`} aria-labelledby="verdict">
            <h2 id="verdict" tabIndex={-1} ref={next}>
              {t(`warrant.results.${result}.title`)}
            </h2>
            <ol class="steps">
              {t(`warrant.results.${result}.steps`, { returnObjects: true }).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p>{t(`warrant.results.${result}.note`)}</p>
            {result !== 'judicial' && <p class="dated">{t('warrant.memo')}</p>}
            {asked && (
              <p>
                <button
                  type="button"
                  class="button"
                  onClick={() => route(keepAnswer({ verdict: result, answers }) ?? asked)}
                >
                  {t('warrant.keep')}
                </button>
              </p>
            )}
          </section>
        )}
      </div>
      {answered > 0 && (
        <p>
          <button type="button" class="button button-secondary" onClick={() => setAnswers({})}>
            {t('warrant.startOver')}
          </button>
        </p>
      )}
      <WarrantDiagram />
      <Sources id="warrant-sources" title={t('warrant.sources')} keys={WARRANT_SOURCES} />
      <EmergencyBar current="warrant" />
    </Screen>
  );
}
