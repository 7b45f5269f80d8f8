import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { ASKED_COUNTRIES, type AskedCountry } from '../shared/phone';
import { countryName } from './country-name';

// Its words come with the forms that ask it, not with the first screen's strings; added as it first
// draws, when the app's strings have started (a module may be loaded before that, as in unit tests).
const STRINGS = import.meta.glob('/locales/{en,es}/phonecountry.json', { eager: true, import: 'default' });
let stringsAdded = false;

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
  if (!stringsAdded) {
    addScreenStrings(STRINGS);
    stringsAdded = true;
  }
  const { t, language } = useI18n();
  return (
    <fieldset class="country-question" aria-describedby={errorId}>
      <legend>{t('phonecountry.question')}</legend>
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
