import { useI18n } from '../i18n/i18n-context';
import { phoneCountry } from '../shared/phone';
import { countryName } from './country-name';

/**
 * The country a saved number rings in, beside the number: "(213) 555-0100" alone could be a U.S. or a
 * Mexican number to the person reading it, and to the phone dialling it from abroad.
 * `abroadOnly` (a full sheet of paper): the country of a number outside the U.S. alone. A U.S. number is
 * written without its +1 (formatPhone), so its form already tells it apart from every other.
 */
export function PhoneCountry({
  phone,
  abroadOnly = false,
  spaceBefore = false,
}: {
  phone: string;
  abroadOnly?: boolean;
  /** A space before it, only when it shows: a line that omits it has no space left over. */
  spaceBefore?: boolean;
}) {
  const { language } = useI18n();
  const country = phoneCountry(phone);
  if (!country || (abroadOnly && country === 'US')) return null;
  return (
    <>
      {spaceBefore && ' '}
      <span class="phone-country">{countryName(country, language)}</span>
    </>
  );
}
