import { isolatedIn } from '../../../ui/isolated';
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../../i18n/i18n-context';
import { PLAN_LIMITS, type Person } from '../../../storage/plan-record';
import { ANumberField } from '../ANumberField';
import { DateField } from '../DateField';
import { localIsoDate } from '../../../shared/local-date';
import { TextArea, TextField } from '../fields';
import { newPerson, removePerson, restorePerson, type Removed } from '../household';
import type { SectionProps } from '../section-props';

type Outcome = { kind: 'removed'; removed: Removed; name: string } | { kind: 'restored'; name: string };

/**
 * Everyone in the home: what a relative needs to find them if they are detained, and what a
 * caregiver needs to look after them. Never anyone's immigration status.
 */
export function HouseholdSection({ data, onChange }: SectionProps<'household'>) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const status = useRef<HTMLDivElement>(null);
  const { people } = data;

  const nameOf = (person: Person) =>
    person.fullName.trim() || t('plan.household.person', { n: people.indexOf(person) + 1 });
  const focusSoon = (find: () => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => find()?.focus());

  const add = () => {
    const person = newPerson(crypto.randomUUID());
    onChange({ people: [...people, person] });
    setOutcome(undefined);
    focusSoon(() => document.getElementById(`person-${person.id}-name`));
  };

  const remove = (person: Person) => {
    const { people: left, removed } = removePerson(people, person.id);
    if (!removed) return;
    onChange({ people: left });
    setOutcome({ kind: 'removed', removed, name: nameOf(person) });
    focusSoon(() => status.current);
  };

  const undo = (removed: Removed, name: string) => {
    onChange({ people: restorePerson(people, removed) });
    setOutcome({ kind: 'restored', name });
    focusSoon(() => document.getElementById(`person-${removed.person.id}-heading`));
  };

  return (
    <>
      <p class="hint">{t('plan.household.noStatus')}</p>
      <div ref={status} tabIndex={-1} class="plan-status" role="status">
        {outcome?.kind === 'removed' && (
          <p>
            {isolatedIn((name) => t('plan.household.removed', { name }), outcome.name)}{' '}
            <button
              type="button"
              class="button button-secondary"
              onClick={() => undo(outcome.removed, outcome.name)}
            >
              {t('plan.household.undo')}
            </button>
          </p>
        )}
        {outcome?.kind === 'restored' && (
          <p>{isolatedIn((name) => t('plan.household.restored', { name }), outcome.name)}</p>
        )}
      </div>
      {people.length === 0 ? (
        <p class="empty-state">{t('plan.household.empty')}</p>
      ) : (
        <ol class="people">
          {people.map((person) => (
            <PersonForm
              key={person.id}
              person={person}
              name={nameOf(person)}
              onChange={(changed) =>
                onChange({ people: people.map((other) => (other.id === person.id ? changed : other)) })
              }
              onRemove={() => remove(person)}
            />
          ))}
        </ol>
      )}
      {people.length < PLAN_LIMITS.people ? (
        <button id="household-add" type="button" class="button" onClick={add}>
          {t('plan.household.add')}
        </button>
      ) : (
        <p>{t('plan.household.full', { max: PLAN_LIMITS.people })}</p>
      )}
    </>
  );
}

interface PersonProps {
  person: Person;
  /** The name to show: the one written, or "Person 2". */
  name: string;
  onChange: (person: Person) => void;
  onRemove: () => void;
}

function PersonForm({ person, name, onChange, onRemove }: PersonProps) {
  const { t } = useI18n();
  // A name left empty is said once the person moves on from the box, not while they start.
  const [nameLeft, setNameLeft] = useState(false);
  const id = `person-${person.id}`;
  const set = <K extends keyof Person>(key: K, value: Person[K]) => onChange({ ...person, [key]: value });

  return (
    <li class="person" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        <bdi>{name}</bdi>
      </h2>
      <TextField
        id={`${id}-name`}
        label={t('plan.household.fullName')}
        hint={t('plan.household.fullNameHint')}
        value={person.fullName}
        maxLength={PLAN_LIMITS.short}
        error={nameLeft && person.fullName.trim() === '' ? t('plan.household.nameMissing') : undefined}
        onInput={(value) => set('fullName', value)}
        onBlur={() => setNameLeft(true)}
      />
      <DateField
        id={`${id}-birth`}
        legend={t('plan.household.dateOfBirth')}
        value={person.dateOfBirth}
        latest={localIsoDate()}
        onChange={(value) => set('dateOfBirth', value)}
      />
      <TextField
        id={`${id}-country`}
        label={t('plan.household.countryOfBirth')}
        hint={person.isChild ? undefined : t('plan.household.countryHint')}
        value={person.countryOfBirth}
        maxLength={PLAN_LIMITS.short}
        onInput={(value) => set('countryOfBirth', value)}
      />
      <ANumberField
        id={`${id}-a-number`}
        value={person.aNumber}
        isChild={person.isChild}
        onChange={(value) => set('aNumber', value)}
      />
      <div class="field checkbox">
        <input
          id={`${id}-child`}
          type="checkbox"
          checked={person.isChild}
          onChange={(event) => set('isChild', event.currentTarget.checked)}
        />
        <label for={`${id}-child`}>{t('plan.household.isChild')}</label>
      </div>
      {person.isChild && (
        <TextField
          id={`${id}-school`}
          label={t('plan.household.school')}
          hint={t('plan.household.schoolHint')}
          value={person.school}
          maxLength={PLAN_LIMITS.short}
          onInput={(value) => set('school', value)}
        />
      )}
      <TextArea
        id={`${id}-medicines`}
        label={t('plan.household.medicines')}
        hint={t('plan.household.medicinesHint')}
        value={person.medicines}
        maxLength={PLAN_LIMITS.long}
        onInput={(value) => set('medicines', value)}
      />
      <TextArea
        id={`${id}-allergies`}
        label={t('plan.household.allergies')}
        value={person.allergies}
        maxLength={PLAN_LIMITS.long}
        onInput={(value) => set('allergies', value)}
      />
      <TextField
        id={`${id}-doctor`}
        label={t('plan.household.doctor')}
        hint={t('plan.household.doctorHint')}
        value={person.doctor}
        maxLength={PLAN_LIMITS.short}
        onInput={(value) => set('doctor', value)}
      />
      <button type="button" class="button button-secondary danger" onClick={onRemove}>
        {isolatedIn((slot) => t('plan.household.remove', { name: slot }), name)}
      </button>
    </li>
  );
}
