import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../content/format-date';
import { localIsoDate } from '../../shared/local-date';
import { useI18n } from '../../i18n/i18n-context';
import type { SavedContact } from '../../storage/contacts-store';
import { watchedPlan, type SavedPlan } from '../../storage/plan-store';
import type { StorageProblem } from '../../storage/result';
import { NumberText } from '../../ui/isolated';
import { PhoneCountry } from '../../ui/PhoneCountry';
import { LegalLine } from '../../ui/LegalLine';
import { Screen } from '../../ui/Screen';
import { useContacts } from '../../ui/use-contacts';
import { useStored } from '../../ui/use-stored';
import { formatPhone } from '../../shared/phone';
import type { ContactLink } from './contact-link';
import { PLAN_REVIEWED } from './plan-sources';

/** The plan and the contacts, for a printout; kept current if another tab changes them. */
function usePrintData(): {
  plan: SavedPlan | undefined;
  contacts: SavedContact[] | undefined;
  problem: StorageProblem | undefined;
} {
  const { contacts, loadProblem } = useContacts();
  const { result: loaded } = useStored(watchedPlan);
  return {
    plan: loaded?.ok ? loaded.value.plan : undefined,
    contacts,
    problem: (loaded?.ok === false ? loaded.problem : undefined) ?? loadProblem,
  };
}

/** Today on this device (YYYY-MM-DD), brought up to date just before printing. */
function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate());
  useEffect(() => {
    const update = () => setToday(localIsoDate());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return today;
}

/** A part of the paper the person may print or leave out, asked each time the printout opens. */
export interface PrintChoice {
  /** The check box's label: what printing it adds. */
  label: string;
  /** Why it is left out unless checked, under the box. */
  why: string;
}

interface HeaderProps {
  intro?: string | undefined;
  warning: string;
  legalLine: 'paper' | 'screen';
  choice?: (PrintChoice & { checked: boolean; onChange: (checked: boolean) => void }) | undefined;
}

/**
 * The top of a printout: the date, that it is not legal advice and when its advice was checked, what the
 * paper is, the warning; on screen only, the choice of what to leave out, Print and Back.
 */
function PrintHeader({ intro, warning, legalLine, choice }: HeaderProps) {
  const { t } = useI18n();
  const today = useToday();
  return (
    <>
      <p class="printed-on">{t('plan.print.printedOn', { date: formatDate(today, t) })}</p>
      {legalLine === 'paper' && <LegalLine reviewed={PLAN_REVIEWED} />}
      {intro && <p>{intro}</p>}
      <p class="keep-safe">{warning}</p>
      <div class="screen-only print-actions">
        {legalLine === 'screen' && <LegalLine reviewed={PLAN_REVIEWED} />}
        {choice && (
          <>
            <div class="field checkbox">
              <input
                id="print-choice"
                type="checkbox"
                checked={choice.checked}
                aria-describedby="print-choice-why"
                onChange={(event) => choice.onChange(event.currentTarget.checked)}
              />
              <label for="print-choice">{choice.label}</label>
            </div>
            <p id="print-choice-why" class="hint">
              {choice.why}
            </p>
          </>
        )}
        <button type="button" class="button" onClick={() => window.print()}>
          {t('plan.print.print')}
        </button>
        <p class="hint">{t('plan.print.printHint')}</p>
        <p>
          <a class="link-target" href="/plan">
            {t('plan.section.back')}
          </a>
        </p>
      </div>
    </>
  );
}

/** A storage failure, or "Loading…" while the printout's data is read. */
function PrintStatus({ problem }: { problem: StorageProblem | undefined }) {
  const { t } = useI18n();
  return problem ? (
    <p class="form-problem" role="alert">
      {t(`plan.save.problems.${problem}`)}
    </p>
  ) : (
    <p role="status">{t('plan.save.loading')}</p>
  );
}

/**
 * A printout screen: its header (date, what the paper is, how to keep it, Print and Back), then what
 * `children` draws from the plan and the contacts once they are read, or the reading's state until then.
 */
export function Printout({
  title,
  intro,
  warning,
  legalLine = 'paper',
  choice,
  children,
}: {
  title: string;
  intro?: string;
  /** How to keep this paper, printed in bold under the date; it may depend on the choice. */
  warning: string | ((included: boolean) => string);
  /**
   * Something the paper leaves out unless the person checks a box, on screen beside Print. The answer is
   * this screen's state only, never saved: each printout starts with it left out, so a choice made for one
   * paper cannot put A-numbers on a later one without the person seeing it.
   */
  choice?: PrintChoice;
  /**
   * Where "Not legal advice · Last reviewed" goes. The caregiver packet for one child fills a Letter
   * sheet to within a few pixels (measured in Chromium, 2026-12), so there it is shown on screen only.
   */
  legalLine?: 'paper' | 'screen';
  /** `included`: whether the person chose to print what `choice` leaves out (false without a choice). */
  children: (plan: SavedPlan, contacts: SavedContact[], included: boolean) => ComponentChildren;
}) {
  const { plan, contacts, problem } = usePrintData();
  const [included, setIncluded] = useState(false);
  return (
    <Screen title={title}>
      <div class="printout">
        <PrintHeader
          intro={intro}
          warning={typeof warning === 'string' ? warning : warning(included)}
          legalLine={legalLine}
          choice={choice && { ...choice, checked: included, onChange: setIncluded }}
        />
        {plan && contacts ? children(plan, contacts, included) : <PrintStatus problem={problem} />}
      </div>
    </Screen>
  );
}

/** Label and answer pairs. */
export function Fields({ children }: { children: ComponentChildren }) {
  return <dl class="print-fields">{children}</dl>;
}

/** An answer the paper leaves out on purpose (`Field`, `DocumentLine`): a line to write it by hand. */
export const BY_HAND = Symbol('by hand');

/** In place of an answer left out: "Write by hand:" and a line to write on (drawn by CSS). */
function ByHand() {
  const { t } = useI18n();
  return <span class="by-hand">{t('plan.print.byHand')}</span>;
}

/**
 * One answer; an empty one is printed as "Not filled in", so a reader knows it was not forgotten. A text
 * is isolated (`<bdi>`): a right-to-left answer cannot reorder the label or the lines around it.
 */
export function Field({ label, value }: { label: string; value: ComponentChildren | typeof BY_HAND }) {
  const { t } = useI18n();
  return (
    <div class="print-field">
      <dt>{label}</dt>
      <dd>
        {value === BY_HAND ? (
          <ByHand />
        ) : value === '' ? (
          <span class="blank">{t('plan.print.blank')}</span>
        ) : typeof value === 'string' ? (
          <bdi>{value}</bdi>
        ) : (
          value
        )}
      </dd>
    </div>
  );
}

/** One paper on a line or two: its name, then each question and its answer (or `BY_HAND`). */
export function DocumentLine({
  name,
  answers,
}: {
  name: string;
  answers: (readonly [string, string | typeof BY_HAND])[];
}) {
  const { t } = useI18n();
  return (
    <li>
      <strong>{name}</strong>
      {answers.map(([question, answer]) => (
        <span key={question}>
          {' · '}
          {question}{' '}
          {answer === BY_HAND ? (
            <ByHand />
          ) : answer ? (
            <bdi>{answer}</bdi>
          ) : (
            <span class="blank">{t('plan.print.blank')}</span>
          )}
        </span>
      ))}
    </li>
  );
}

/**
 * Text for a printout: names and numbers, dates, yes/no answers, A-numbers as A-123-456-789. A name is
 * isolated (`<bdi>`) and each number is isolated left-to-right text (`NumberText`).
 */
export function usePrintText() {
  const { t } = useI18n();
  return {
    contact: (link: ContactLink): ComponentChildren =>
      link.kind === 'none' ? (
        ''
      ) : link.kind === 'deleted' ? (
        t('plan.print.deletedContact')
      ) : (
        <>
          <bdi>{link.name}</bdi>
          {link.phones.map((phone) => (
            <Fragment key={phone}>
              {' · '}
              <NumberText>{formatPhone(phone)}</NumberText>
              <PhoneCountry phone={phone} abroadOnly spaceBefore />
            </Fragment>
          ))}
        </>
      ),
    date: (iso: string) => (iso === '' ? '' : formatDate(iso, t)),
    yesNo: (answer: '' | 'yes' | 'no') =>
      answer === '' ? t('plan.fields.notSure') : t(`plan.fields.${answer}`),
    aNumber: (digits: string): ComponentChildren =>
      digits === '' ? (
        ''
      ) : (
        <NumberText>{`A-${digits.padStart(9, '0').replace(/(\d{3})(\d{3})(\d{3})/, '$1-$2-$3')}`}</NumberText>
      ),
  };
}
