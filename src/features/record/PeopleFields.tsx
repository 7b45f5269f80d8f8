import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { INCIDENT_LIMITS, type Incident, type Taken, type Witness } from '../../storage/incident-record';
import { Field } from './fields';

/** An A-number as typed: 8 or 9 digits once spaces and dashes are out, or nothing. */
function aNumberDigits(typed: string): string | undefined {
  const digits = typed.replace(/[\s-]/g, '').replace(/^A/i, '');
  if (digits === '') return '';
  return /^\d{8,9}$/.test(digits) ? digits : undefined;
}

/**
 * The A-number box: what is typed stays on screen; only 8 or 9 digits (or nothing) are saved. Anything
 * else is not saved, an earlier number included (nothing kept differs from what the box shows), and the
 * box says so once the person leaves it, then as they type until it is right.
 */
function ANumberField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | undefined;
  onChange: (digits: string) => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(value ?? '');
  const [left, setLeft] = useState(false);
  const wrong = aNumberDigits(typed) === undefined;
  return (
    <Field
      id={id}
      label={t('record.form.aNumber')}
      value={typed}
      maxLength={14}
      error={wrong && (left || typed.length >= 8) ? t('record.form.aNumberProblem') : undefined}
      onBlur={() => setLeft(true)}
      onInput={(next) => {
        setTyped(next);
        onChange(aNumberDigits(next) ?? '');
      }}
    />
  );
}

/** Who was taken, and the witnesses: a few boxes each, as many as needed (up to 20). */
export function PeopleFields({
  incident,
  onChange,
}: {
  incident: Incident;
  onChange: (next: Incident) => void;
}) {
  const { t } = useI18n();
  const taken = incident.taken ?? [];
  const witnesses = incident.witnesses ?? [];
  const setTaken = (index: number, person: Taken) =>
    onChange({ ...incident, taken: taken.map((old, at) => (at === index ? person : old)) });
  const setWitness = (index: number, witness: Witness) =>
    onChange({ ...incident, witnesses: witnesses.map((old, at) => (at === index ? witness : old)) });
  const max = INCIDENT_LIMITS.name;
  return (
    <>
      <h2>{t('record.form.taken')}</h2>
      <p class="hint">{t('record.form.takenHint')}</p>
      {taken.map((person, index) => (
        <fieldset class="field" key={index}>
          <legend>{t('record.form.person', { number: index + 1 })}</legend>
          <Field
            id={`record-taken-${index}-name`}
            label={t('record.form.name')}
            value={person.name}
            maxLength={max}
            onInput={(name) => setTaken(index, { ...person, name })}
          />
          <Field
            id={`record-taken-${index}-birth`}
            type="date"
            label={t('record.form.dateOfBirth')}
            value={person.dateOfBirth}
            maxLength={10}
            onInput={(dateOfBirth) => setTaken(index, { ...person, dateOfBirth })}
          />
          <Field
            id={`record-taken-${index}-country`}
            label={t('record.form.countryOfBirth')}
            value={person.countryOfBirth}
            maxLength={max}
            onInput={(countryOfBirth) => setTaken(index, { ...person, countryOfBirth })}
          />
          <ANumberField
            id={`record-taken-${index}-anumber`}
            value={person.aNumber}
            onChange={(aNumber) => setTaken(index, { ...person, aNumber })}
          />
          <button
            type="button"
            class="button button-secondary"
            onClick={() => onChange({ ...incident, taken: taken.filter((_, at) => at !== index) })}
          >
            {t('record.form.remove')}
          </button>
        </fieldset>
      ))}
      {taken.length < INCIDENT_LIMITS.people && (
        <button
          type="button"
          class="button button-secondary"
          onClick={() => onChange({ ...incident, taken: [...taken, {}] })}
        >
          {t('record.form.addPerson')}
        </button>
      )}
      <h2>{t('record.form.witnesses')}</h2>
      {witnesses.map((witness, index) => (
        <fieldset class="field" key={index}>
          <legend>{t('record.form.witness', { number: index + 1 })}</legend>
          <Field
            id={`record-witness-${index}-name`}
            label={t('record.form.name')}
            value={witness.name}
            maxLength={max}
            onInput={(name) => setWitness(index, { ...witness, name })}
          />
          <Field
            id={`record-witness-${index}-phone`}
            type="tel"
            label={t('record.form.phone')}
            value={witness.phone}
            maxLength={INCIDENT_LIMITS.phone}
            onInput={(phone) => setWitness(index, { ...witness, phone })}
          />
          <button
            type="button"
            class="button button-secondary"
            onClick={() => onChange({ ...incident, witnesses: witnesses.filter((_, at) => at !== index) })}
          >
            {t('record.form.remove')}
          </button>
        </fieldset>
      ))}
      {witnesses.length < INCIDENT_LIMITS.people && (
        <button
          type="button"
          class="button button-secondary"
          onClick={() => onChange({ ...incident, witnesses: [...witnesses, {}] })}
        >
          {t('record.form.addWitness')}
        </button>
      )}
    </>
  );
}
