import { useI18n } from '../i18n/i18n-context';
import { phoneCountry } from '../shared/phone';
import { countryName } from './country-name';

/**
 * The country a saved number rings in, beside the number: "(213) 555-0100" alone could be a U.S. or a
 * Mexican number to the person reading it, and to the phone dialling it from abroad.
 */
export function PhoneCountry({ phone }: { phone: string }) {
  const { language } = useI18n();
  const country = phoneCountry(phone);
  return country ? <span class="phone-country">{countryName(country, language)}</span> : null;
}
