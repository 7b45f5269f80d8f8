import { isolatedIn } from '../../../ui/isolated';
import { useI18n } from '../../../i18n/i18n-context';
import { CARE_AUTHORIZATIONS, PLAN_LIMITS, type ChildCare, type Person } from '../../../storage/plan-record';
import { careFor, PAPER_AUTHORIZATIONS, withCare } from '../child-care';
import { Choice, ContactPicker, TextArea, TextField, YesNo } from '../fields';
import { childrenOf } from '../household';
import { sectionPath } from '../plan-sections';
import type { SectionProps } from '../section-props';
import { useHousehold } from '../use-household';
import { useContacts } from '../../../ui/use-contacts';
import type { SavedContact } from '../../../storage/contacts-store';
import { mayPickUp, PickUpMarks } from '../PickUpMarks';
import { StateQuestion, useUsState } from '../StateQuestion';
import { STATE_ONLY_AUTHORIZATIONS, type UsState } from '../us-states';

/** What every family with children should decide, whatever each child's answers (facts sheet §6). */
const FAMILY_NOTES = ['tellIce', 'stayOrLeave', 'medical'] as const;

/**
 * For each child in the household: who picks them up, what the school knows, what care
 * authorization exists and where it is, what the child has been told; then what the family
 * decides for all of them. A child's record is deleted with the child, when the household is saved.
 */
export function ChildrenSection({ data, onChange }: SectionProps<'children'>) {
  const { t } = useI18n();
  const people = useHousehold();
  const { contacts, reload } = useContacts();
  const { state, reload: reloadState } = useUsState();
  if (!people) return null;
  const children = childrenOf(people);

  if (children.length === 0) {
    return (
      <>
        <p class="empty-state">{t('plan.children.none')}</p>
        <p>
          <a id="children-add" class="link-target" href={sectionPath('household')}>
            {t('plan.children.addChildren')}
          </a>
        </p>
      </>
    );
  }

  const ids = people.map((person) => person.id);
  return (
    <>
      {contacts && <PickUpMarks contacts={contacts} onMarked={() => void reload()} />}
      <StateQuestion state={state} onSaved={reloadState} />
      <ol class="people">
        {children.map((child) => (
          <ChildForm
            key={child.id}
            name={child.fullName.trim() || t('plan.household.person', { n: people.indexOf(child) + 1 })}
            child={child}
            care={careFor(data.children, child.id)}
            contacts={contacts}
            state={state}
            onChange={(care) => onChange({ children: withCare(data.children, care, ids) })}
          />
        ))}
      </ol>
      <h2>{t('plan.children.more')}</h2>
      <ul class="notes">
        {FAMILY_NOTES.map((note) => (
          <li key={note}>{t(`plan.children.notes.${note}`)}</li>
        ))}
      </ul>
    </>
  );
}

/** The authorizations from least to most formal, then "Not sure yet" (as in yes / no / not sure). */
const ANSWERS = [...CARE_AUTHORIZATIONS.filter((value) => value !== ''), ''] as const;

interface ChildProps {
  child: Person;
  name: string;
  care: ChildCare;
  contacts: SavedContact[] | undefined;
  /** The family's state: a form of one state only is not offered elsewhere. */
  state: UsState | undefined;
  onChange: (care: ChildCare) => void;
}

/**
 * A form of one state is offered in that state, and where the state is not said yet (its help line
 * names the state); an answer already given stays on screen, never dropped unseen.
 */
function offered(answer: ChildCare['authorization'], state: UsState | undefined, chosen: string): boolean {
  const only: string | undefined = (STATE_ONLY_AUTHORIZATIONS as Record<string, UsState>)[answer];
  return only === undefined || state === undefined || only === state || answer === chosen;
}

function ChildForm({ child, name, care, contacts, state, onChange }: ChildProps) {
  const { t } = useI18n();
  const id = `child-${child.id}`;
  const set = <K extends keyof ChildCare>(key: K, value: ChildCare[K]) => onChange({ ...care, [key]: value });

  return (
    <li class="person" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <bdi>{name}</bdi>
      </h2>
      <ContactPicker
        id={`${id}-first`}
        label={isolatedIn((slot) => t('plan.children.firstPickUp', { name: slot }), name)}
        hint={t('plan.children.pickUpHint')}
        only={mayPickUp}
        adds="pick-up"
        list={contacts}
        value={care.firstPickUp}
        onChange={(value) => set('firstPickUp', value)}
      />
      <ContactPicker
        id={`${id}-second`}
        label={isolatedIn((slot) => t('plan.children.secondPickUp', { name: slot }), name)}
        only={mayPickUp}
        adds="pick-up"
        list={contacts}
        value={care.secondPickUp}
        onChange={(value) => set('secondPickUp', value)}
      />
      <YesNo
        id={`${id}-school-list`}
        legend={t('plan.children.onSchoolList')}
        hint={isolatedIn((slot) => t('plan.children.onSchoolListHint', { name: slot }), name)}
        value={care.onSchoolList}
        onChange={(value) => set('onSchoolList', value)}
      />
      <Choice
        id={`${id}-authorization`}
        legend={isolatedIn((slot) => t('plan.children.authorization', { name: slot }), name)}
        hint={t('plan.children.authorizationNote')}
        value={care.authorization}
        onChange={(value) => set('authorization', value)}
        options={ANSWERS.filter((value) => offered(value, state, care.authorization)).map((value) =>
          value === ''
            ? { value, label: t('plan.fields.notSure') }
            : {
                value,
                label: t(`plan.children.authorizations.${value}`),
                hint: value === 'none' ? undefined : t(`plan.children.authorizationHints.${value}`),
              },
        )}
      />
      {PAPER_AUTHORIZATIONS.includes(care.authorization) && (
        <TextField
          id={`${id}-papers`}
          label={t('plan.children.papersWhere')}
          hint={isolatedIn((slot) => t('plan.children.papersWhereHint', { name: slot }), name)}
          value={care.papersWhere}
          maxLength={PLAN_LIMITS.short}
          onInput={(value) => set('papersWhere', value)}
        />
      )}
      <TextArea
        id={`${id}-told`}
        label={isolatedIn((slot) => t('plan.children.whatChildKnows', { name: slot }), name)}
        hint={t('plan.children.whatChildKnowsHint')}
        value={care.whatChildKnows}
        maxLength={PLAN_LIMITS.long}
        onInput={(value) => set('whatChildKnows', value)}
      />
    </li>
  );
}
