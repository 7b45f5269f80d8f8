import { isolatedIn } from '../../ui/isolated';
import { useI18n } from '../../i18n/i18n-context';
import { PLAN_LIMITS, type Person } from '../../storage/plan-record';
import type { ContactsState } from '../../ui/use-contacts';
import { careFor, withCare } from './child-care';
import { DOCUMENT_CHECKLIST } from './document-checklist';
import { ContactPicker, TextField } from './fields';
import { childrenOf, newPerson } from './household';
import { mayPickUp, PickUpMarks } from './PickUpMarks';
import { sectionPath } from './plan-sections';
import { QUICK_PAPER, type QuickStep } from './quick-plan';
import { DocumentEntry } from './sections/DocumentsSection';
import type { PlanSection } from './use-plan-section';

/** The section hooks the ten-minute plan writes through: one per section, as on its own screen. */
export interface QuickHooks {
  household: PlanSection<'household'>;
  children: PlanSection<'children'>;
  legal: PlanSection<'legal'>;
  myPlan: PlanSection<'myPlan'>;
  documents: PlanSection<'documents'>;
}

interface Props {
  step: QuickStep;
  hooks: QuickHooks;
  contacts: ContactsState;
}

/** The questions of one step, each bound to its section's record (no copy of any answer). */
export function QuickStepFields({ step, hooks, contacts }: Props) {
  const { t } = useI18n();
  const list = contacts.contacts;
  const unreadable = (section: keyof QuickHooks) =>
    hooks[section].saveState === 'damaged' && (
      <p>
        <a class="link-target" href={sectionPath(section)}>
          {t('plan.quick.openSection', { title: t(`plan.sections.${section}.title`) })}
        </a>
      </p>
    );

  if (step === 'pickUp') {
    const { household, children } = hooks;
    if (!household.record || !children.record)
      return unreadable('household') || unreadable('children') || null;
    return (
      <PickUp
        people={household.record.data.people}
        onPeople={(people) => household.record && household.update({ ...household.record, data: { people } })}
        children={children}
        contacts={contacts}
      />
    );
  }
  if (step === 'legal') {
    const { record, update } = hooks.legal;
    if (!record) return unreadable('legal') || null;
    return (
      <>
        <p class="hint">{t('plan.quick.legalHint')}</p>
        <ContactPicker
          id="quick-lawyer"
          adds="lawyer"
          label={t('plan.legal.lawyer')}
          value={record.data.lawyer}
          list={list}
          onChange={(lawyer) => update({ ...record, data: { ...record.data, lawyer } })}
        />
        <ContactPicker
          id="quick-rapid-response"
          adds="rapid-response"
          label={t('plan.legal.rapidResponse')}
          hint={t('plan.legal.rapidResponseHint')}
          value={record.data.rapidResponse}
          list={list}
          onChange={(rapidResponse) => update({ ...record, data: { ...record.data, rapidResponse } })}
        />
      </>
    );
  }
  if (step === 'memorized') {
    const { record, update } = hooks.myPlan;
    if (!record) return unreadable('myPlan') || null;
    const memorized = list?.find((contact) => contact.id === record.data.memorized);
    return (
      <>
        <ContactPicker
          id="quick-memorized"
          label={t('plan.myPlan.memorized')}
          hint={t('plan.myPlan.memorizedHint')}
          value={record.data.memorized}
          list={list}
          onChange={(id) => update({ ...record, data: { ...record.data, memorized: id } })}
        />
        {memorized && (
          <p>
            <a
              class="button button-secondary"
              href={`/contacts/practice?contact=${encodeURIComponent(memorized.id)}`}
            >
              {isolatedIn((name) => t('plan.myPlan.practise', { name }), memorized.name)}
            </a>
          </p>
        )}
      </>
    );
  }
  const { record, update } = hooks.documents;
  const entry = DOCUMENT_CHECKLIST.find((paper) => paper.id === QUICK_PAPER);
  if (!record || !entry) return unreadable('documents') || null;
  return (
    <>
      <p class="hint">{t('plan.quick.papersHint')}</p>
      <DocumentEntry entry={entry} data={record.data} onChange={(data) => update({ ...record, data })} />
    </>
  );
}

/** Each child at home and who picks them up first; a child can be added here, by name only. */
function PickUp({
  people,
  onPeople,
  children,
  contacts,
}: {
  people: Person[];
  onPeople: (people: Person[]) => void;
  children: PlanSection<'children'>;
  contacts: ContactsState;
}) {
  const { t } = useI18n();
  const record = children.record;
  if (!record) return null;
  const kids = childrenOf(people);
  const ids = people.map((person) => person.id);
  const nameOf = (person: Person, n: number) => person.fullName.trim() || t('plan.quick.child', { n });

  const add = () => {
    const child = { ...newPerson(crypto.randomUUID()), isChild: true };
    onPeople([...people, child]);
    requestAnimationFrame(() => document.getElementById(`quick-child-${child.id}-name`)?.focus());
  };

  return (
    <>
      {kids.length === 0 && (
        <div class="field checkbox">
          <input
            id="quick-no-children"
            type="checkbox"
            checked={record.skipped}
            onChange={(event) => children.update({ ...record, skipped: event.currentTarget.checked })}
          />
          <label for="quick-no-children">{t('plan.quick.noChildren')}</label>
        </div>
      )}
      {!record.skipped && (
        <>
          {kids.map((child, index) => (
            <div class="person" key={child.id}>
              <TextField
                id={`quick-child-${child.id}-name`}
                label={t('plan.quick.childName', { n: index + 1 })}
                value={child.fullName}
                maxLength={PLAN_LIMITS.short}
                onInput={(fullName) =>
                  onPeople(
                    people.map((person) => (person.id === child.id ? { ...person, fullName } : person)),
                  )
                }
              />
              <ContactPicker
                id={`quick-child-${child.id}-first`}
                label={isolatedIn(
                  (slot) => t('plan.children.firstPickUp', { name: slot }),
                  nameOf(child, index + 1),
                )}
                hint={t('plan.children.pickUpHint')}
                only={mayPickUp}
                adds="pick-up"
                list={contacts.contacts}
                value={careFor(record.data.children, child.id).firstPickUp}
                onChange={(firstPickUp) =>
                  children.update({
                    ...record,
                    data: {
                      children: withCare(
                        record.data.children,
                        { ...careFor(record.data.children, child.id), firstPickUp },
                        ids,
                      ),
                    },
                  })
                }
              />
            </div>
          ))}
          {people.length < PLAN_LIMITS.people && (
            <button type="button" class="button button-secondary" onClick={add}>
              {t('plan.quick.addChild')}
            </button>
          )}
          {contacts.contacts && (
            <PickUpMarks contacts={contacts.contacts} onMarked={() => void contacts.reload()} />
          )}
        </>
      )}
    </>
  );
}
