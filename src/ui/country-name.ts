import type { AppLanguage } from '../i18n/pack-languages';

const names = new Map<AppLanguage, Intl.DisplayNames | undefined>();

/** A country's name in the reader's language ("México" in Spanish), from the browser's own list. */
export function countryName(country: string, language: AppLanguage): string {
  if (!names.has(language)) {
    // Intl.DisplayNames: Chrome 81, Safari 14.1, Firefox 86; older browsers show the code ("MX").
    names.set(
      language,
      'DisplayNames' in Intl ? new Intl.DisplayNames([language], { type: 'region' }) : undefined,
    );
  }
  return names.get(language)?.of(country) ?? country;
}
