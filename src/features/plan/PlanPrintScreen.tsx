import { useI18n } from '../../i18n/i18n-context';
import type { Contact } from '../../storage/contact-record';
import { PLAN_SECTIONS, type PlanSectionId, type PlanSections } from '../../storage/plan-record';
import { linkTo } from './contact-link';
import { DOCUMENT_CHECKLIST, documentItem, isImmigrationPaper } from './document-checklist';
import { BY_HAND, DocumentLine, Field, Fields, Printout, usePrintText } from './print-parts';
import './plan-strings';
import { lockedScreen } from '../lock/public';

/**
 * `/plan/print`: the whole plan on paper, black on white, one section per page, dated. A-numbers and
 * where the immigration papers are print as lines to write by hand, unless the person checks the box
 * each time: a paper can be lost, taken or copied, and then it cannot be deleted.
 */
function PlanPrintScreen() {
  const { t } = useI18n();
  return (
    <Printout
      title={t('plan.print.title')}
      warning={(included) => t(included ? 'plan.print.keepSafe' : 'plan.print.keepSafeLeftOut')}
      choice={{ label: t('plan.print.include'), why: t('plan.print.includeWhy') }}
    >
      {(plan, contacts, included) =>
        PLAN_SECTIONS.map((section) => (
          <section key={section} class="print-section" aria-labelledby={`print-${section}`}>
            <h2 id={`print-${section}`}>{t(`plan.sections.${section}.title`)}</h2>
            {plan[section].skipped ? (
              <p class="print-skipped">{t('plan.print.skipped')}</p>
            ) : (
              <SectionAnswers section={section} plan={plan} contacts={contacts} included={included} />
            )}
          </section>
        ))
      }
    </Printout>
  );
}

type Data = { [K in PlanSectionId]: { data: PlanSections[K] } };

function SectionAnswers({
  section,
  plan,
  contacts,
  included,
}: {
  section: PlanSectionId;
  plan: Data;
  contacts: readonly Contact[];
  /** Whether A-numbers and where the immigration papers are go on the paper. */
  included: boolean;
}) {
  const { t } = useI18n();
  const text = usePrintText();
  const contact = (id: string) => text.contact(linkTo(id, contacts));

  switch (section) {
    case 'household':
      return <Household people={plan.household.data.people} included={included} />;
    case 'children':
      return <Children plan={plan} contacts={contacts} />;
    case 'documents':
      // A line or two per paper, so the fifteen papers fit on one page.
      return (
        <ul class="print-documents">
          {DOCUMENT_CHECKLIST.map(({ id }) => {
            const item = documentItem(plan.documents.data.items, id);
            const have = [t('plan.documents.have'), text.yesNo(item.have)] as const;
            const place = (answer: string) => (included || !isImmigrationPaper(id) ? answer : BY_HAND);
            const places =
              item.have === 'yes'
                ? ([
                    [t('plan.documents.originalWhere'), place(item.originalWhere)],
                    [t('plan.documents.copyWith'), place(item.copyWith)],
                  ] as const)
                : [];
            return (
              <DocumentLine key={id} name={t(`plan.documents.items.${id}`)} answers={[have, ...places]} />
            );
          })}
        </ul>
      );
    case 'legal': {
      const legal = plan.legal.data;
      return (
        <Fields>
          <Field label={t('plan.legal.lawyer')} value={contact(legal.lawyer)} />
          <Field label={t('plan.legal.g28Signed')} value={text.yesNo(legal.g28Signed)} />
          <Field label={t('plan.legal.g28With')} value={legal.g28With} />
          <Field label={t('plan.legal.rapidResponse')} value={contact(legal.rapidResponse)} />
          <Field label={t('plan.legal.notes')} value={legal.notes} />
        </Fields>
      );
    }
    case 'money': {
      const money = plan.money.data;
      return (
        <Fields>
          <Field label={t('plan.money.bankAccess')} value={money.bankAccess} />
          <Field label={t('plan.money.rentAndBills')} value={money.rentAndBills} />
          <Field label={t('plan.money.lastPaycheck')} value={money.lastPaycheck} />
          <Field label={t('plan.money.powerOfAttorney')} value={text.yesNo(money.powerOfAttorney)} />
          <Field label={t('plan.money.powerOfAttorneyWith')} value={money.powerOfAttorneyWith} />
          <Field label={t('plan.money.savings')} value={money.savings} />
        </Fields>
      );
    }
    case 'myPlan': {
      const mine = plan.myPlan.data;
      return (
        <Fields>
          <Field label={t('plan.myPlan.atHome')} value={mine.atHome} />
          <Field label={t('plan.myPlan.atWork')} value={mine.atWork} />
          <Field label={t('plan.myPlan.onStreetOrCar')} value={mine.onStreetOrCar} />
          <Field label={t('plan.myPlan.callFirst')} value={contact(mine.callFirst)} />
          <Field label={t('plan.myPlan.memorized')} value={contact(mine.memorized)} />
          <Field label={t('plan.myPlan.familyMessage')} value={mine.familyMessage} />
        </Fields>
      );
    }
    case 'review':
      return (
        <Fields>
          <Field label={t('plan.print.lastReviewed')} value={text.date(plan.review.data.lastReviewed)} />
        </Fields>
      );
  }
}

function Household({ people, included }: { people: PlanSections['household']['people']; included: boolean }) {
  const { t } = useI18n();
  const text = usePrintText();
  if (people.length === 0) return <p>{t('plan.print.noPeople')}</p>;
  return (
    <>
      {people.map((person) => (
        <div key={person.id} class="print-group">
          <h3>
            {person.fullName ? <bdi>{person.fullName}</bdi> : t('plan.print.unnamed')}
            {person.isChild && ` (${t('plan.print.person.child')})`}
          </h3>
          <Fields>
            <Field label={t('plan.print.person.dateOfBirth')} value={text.date(person.dateOfBirth)} />
            <Field label={t('plan.print.person.countryOfBirth')} value={person.countryOfBirth} />
            <Field
              label={t('plan.print.person.aNumber')}
              value={included ? text.aNumber(person.aNumber) : BY_HAND}
            />
            <Field label={t('plan.print.person.medicines')} value={person.medicines} />
            <Field label={t('plan.print.person.allergies')} value={person.allergies} />
            <Field label={t('plan.print.person.doctor')} value={person.doctor} />
            {person.isChild && <Field label={t('plan.print.person.school')} value={person.school} />}
          </Fields>
        </div>
      ))}
    </>
  );
}

function Children({ plan, contacts }: { plan: Data; contacts: readonly Contact[] }) {
  const { t } = useI18n();
  const text = usePrintText();
  const { children } = plan.children.data;
  if (children.length === 0) return <p>{t('plan.print.noChildren')}</p>;
  return (
    <>
      {children.map((care) => {
        const child = plan.household.data.people.find((person) => person.id === care.childId);
        return (
          <div key={care.childId} class="print-group">
            <h3>{child?.fullName ? <bdi>{child.fullName}</bdi> : t('plan.print.unnamed')}</h3>
            <Fields>
              <Field
                label={t('plan.print.care.firstPickUp')}
                value={text.contact(linkTo(care.firstPickUp, contacts))}
              />
              <Field
                label={t('plan.print.care.secondPickUp')}
                value={text.contact(linkTo(care.secondPickUp, contacts))}
              />
              <Field label={t('plan.print.care.onSchoolList')} value={text.yesNo(care.onSchoolList)} />
              <Field
                label={t('plan.print.care.authorization')}
                value={care.authorization && t(`plan.print.authorization.${care.authorization}`)}
              />
              <Field label={t('plan.print.care.papersWhere')} value={care.papersWhere} />
              <Field label={t('plan.print.care.whatChildKnows')} value={care.whatChildKnows} />
            </Fields>
          </div>
        );
      })}
    </>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(PlanPrintScreen);
