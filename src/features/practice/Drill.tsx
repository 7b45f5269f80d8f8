import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { Practice } from '../../storage/contact-record';
import type { SavedContact } from '../../storage/contacts-store';
import { recordTry } from '../../storage/practice-store';
import { formatPhone } from '../../shared/phone';
import { phoneParts } from '../../shared/stored-phone';
import { PhoneCountry } from '../../ui/PhoneCountry';
import { compareDigits, groupDigits, groupSizes, type Comparison } from './compare-digits';
import { DigitComparison } from './DigitComparison';
import { localIsoDate } from '../../shared/local-date';

type Step = 'look' | 'type' | 'result';

interface Result {
  comparison: Comparison;
  /** The count after this try, or undefined when it could not be saved. */
  practice: Practice | undefined;
  /** Not saved because what is stored changed elsewhere (another tab, a newer version): reload. */
  reload?: boolean;
}

interface Props {
  contact: SavedContact;
  practice: Practice | undefined;
  /** Move focus to the drill as it opens (the person picked this contact just now). */
  focusOnStart: boolean;
  onRecorded: () => void;
  onAnother: () => void;
}

/** "Typed right 3 of 4 times", or "Not practiced yet". */
export function scoreText(t: TFunction, practice: Practice | undefined): string {
  if (!practice || practice.tries === 0) return t('practice.pick.notYet');
  return t('practice.pick.score', { right: practice.right, count: practice.tries });
}

/** One contact's drill: look at the number, hide it, type it from memory, see what was wrong. */
export function Drill({ contact, practice, focusOnStart, onRecorded, onAnother }: Props) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>('look');
  const [phoneIndex, setPhoneIndex] = useState(0);
  const [typed, setTyped] = useState('');
  const [empty, setEmpty] = useState(false);
  const [result, setResult] = useState<Result | undefined>(undefined);

  // The number to learn by heart; an office extension is kept on paper, not trained.
  const phone = phoneParts(contact.phones[phoneIndex] ?? contact.phones[0] ?? '').number;
  const written = formatPhone(phone);

  // Each step replaces the buttons that had focus: move focus to where the next step starts.
  const heading = useRef<HTMLHeadingElement>(null);
  const number = useRef<HTMLParagraphElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const verdict = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) {
      if (focusOnStart) heading.current?.focus();
      return;
    }
    ({ look: number, type: input, result: verdict })[step].current?.focus();
  }, [step, focusOnStart]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  const checking = useRef(false);
  const check = async (event: Event) => {
    event.preventDefault();
    if (checking.current) return; // a second Enter while saving is not a second try
    if (!/\d/.test(typed)) return setEmpty(true);
    checking.current = true;
    const comparison = compareDigits(typed, phone);
    const saved = await recordTry(contact.id, comparison.right, localIsoDate());
    checking.current = false;
    const reload = !saved.ok && ['newer', 'reset', 'stale'].includes(saved.problem);
    setResult({ comparison, practice: saved.ok ? saved.value : undefined, reload });
    if (saved.ok) onRecorded();
    go('result');
  };
  const typeAgain = () => {
    setTyped('');
    setEmpty(false);
    go('type');
  };

  return (
    <section class="drill" aria-labelledby="drill-name">
      <h2 id="drill-name" tabIndex={-1} ref={heading}>
        <bdi>{contact.name}</bdi> <span class="drill-role">· {t(`practice.roles.${contact.role}`)}</span>
      </h2>
      {step !== 'result' && <p class="muted">{scoreText(t, result?.practice ?? practice)}</p>}

      {step === 'look' && (
        <>
          <p class="drill-number" tabIndex={-1} ref={number}>
            <bdi dir="ltr">{written}</bdi>
          </p>
          <p class="drill-country">
            <PhoneCountry phone={phone} />
          </p>
          {contact.phones.length > 1 && (
            <fieldset class="drill-phones">
              <legend>{t('practice.look.whichNumber')}</legend>
              {contact.phones.map((option, index) => (
                <label key={option}>
                  <input
                    type="radio"
                    name="drill-phone"
                    checked={index === phoneIndex}
                    onChange={() => setPhoneIndex(index)}
                  />{' '}
                  <bdi dir="ltr">{formatPhone(option)}</bdi> <PhoneCountry phone={option} />
                </label>
              ))}
            </fieldset>
          )}
          <p>{t('practice.look.hint')}</p>
          <DrillActions next={t('practice.look.hide')} onNext={typeAgain} onAnother={onAnother} />
        </>
      )}

      {step === 'type' && (
        <form class="drill-form" onSubmit={(event) => void check(event)} noValidate>
          <label for="drill-typed">{t('practice.type.label')}</label>
          <input
            id="drill-typed"
            ref={input}
            type="tel"
            inputMode="tel"
            dir="ltr"
            autoComplete="off"
            autoCorrect="off"
            spellcheck={false}
            maxLength={30}
            value={typed}
            aria-invalid={empty}
            aria-describedby={empty ? 'drill-typed-problem' : undefined}
            onInput={(event) => {
              setTyped(event.currentTarget.value);
              setEmpty(false);
            }}
          />
          {empty && (
            <p id="drill-typed-problem" class="field-error" role="alert">
              {t('practice.type.empty')}
            </p>
          )}
          <div class="drill-actions">
            <button type="submit" class="button">
              {t('practice.type.check')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => go('look')}>
              {t('practice.type.showAgain')}
            </button>
          </div>
        </form>
      )}

      {step === 'result' && result && (
        <h3
          class={`drill-verdict drill-${result.comparison.right ? 'right' : 'wrong'}`}
          tabIndex={-1}
          ref={verdict}
        >
          <span aria-hidden="true">{result.comparison.right ? '✓ ' : '✗ '}</span>
          {t(result.comparison.right ? 'practice.result.right' : 'practice.result.wrong')}
        </h3>
      )}
      {/* Always on the page, so screen readers announce what was wrong as soon as it appears. */}
      <div role="status" class="drill-summary">
        {step === 'result' && result && <p>{summary(t, result, written)}</p>}
      </div>
      {step === 'result' && result && (
        <>
          {!result.comparison.right && <DigitComparison comparison={result.comparison} written={written} />}
          <DrillActions next={t('practice.result.tryAgain')} onNext={typeAgain} onAnother={onAnother} />
        </>
      )}
    </section>
  );
}

/** "You typed 213 555 0110. The number is 213 555 0100. 1 digit was different." and the new score. */
function summary(t: TFunction, { comparison, practice, reload }: Result, written: string): string {
  const sizes = groupSizes(written);
  const parts = [t('practice.result.youTyped', { typed: groupDigits(comparison.typed, sizes) })];
  if (!comparison.right) {
    parts.push(t('practice.result.theNumber', { number: groupDigits(comparison.expected, sizes) }));
    if (comparison.wrong) parts.push(t('practice.result.different', { count: comparison.wrong }));
    if (comparison.missing) parts.push(t('practice.result.missing', { count: comparison.missing }));
    if (comparison.extra) parts.push(t('practice.result.extra', { count: comparison.extra }));
  }
  if (practice) parts.push(`${scoreText(t, practice)}.`);
  else parts.push(reload ? t('practice.result.saveReload') : t('practice.result.saveFailed'));
  return parts.join(' ');
}

/** The drill's next step (hide the number, or try again), and "Practice another number". */
function DrillActions({
  next,
  onNext,
  onAnother,
}: {
  next: string;
  onNext: () => void;
  onAnother: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="drill-actions">
      <button type="button" class="button" onClick={onNext}>
        {next}
      </button>
      <button type="button" class="button button-secondary" onClick={onAnother}>
        {t('practice.another')}
      </button>
    </div>
  );
}
