import { useI18n } from '../i18n/i18n-context';
import { ASKED_COUNTRIES, type AskedCountry } from '../shared/phone';
import { countryName } from './country-name';

const CODES: Record<AskedCountry, string> = { US: '+1', MX: '+52' };

interface Props {
  /** The phone field's id: the question's ids and radio group name are made from it. */
  id: string;
  value: AskedCountry | undefined;
  onChange: (country: AskedCountry) => void;
  /** The id of the message to fix beside the field ("choose the country"), when there is one. */
  errorId: string | undefined;
}

/**
 * "Is this number in the U.S. or in Mexico?", right below a phone field, shown only while the typed
 * number could be either (`needsCountry`). Radio buttons: one tap, reached with Tab, named by the
 * legend for a screen reader; changing the number keeps the answer.
 */
export function CountryQuestion({ id, value, onChange, errorId }: Props) {
  const { t, language } = useI18n();
  return (
    <fieldset class="country-question" aria-describedby={errorId}>
      <legend>{t('common.phoneCountry.question')}</legend>
      {ASKED_COUNTRIES.map((country) => {
        const optionId = `${id}-country-${country}`;
        return (
          <div class="choice-option" key={country}>
            <input
              id={optionId}
              type="radio"
              name={`${id}-country`}
              value={country}
              checked={value === country}
              aria-invalid={errorId !== undefined}
              onChange={() => onChange(country)}
            />
            <label for={optionId}>{`${countryName(country, language)} (${CODES[country]})`}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
