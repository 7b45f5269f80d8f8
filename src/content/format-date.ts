import type { Language } from '../i18n/languages';

const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/** An ISO date (YYYY-MM-DD) written the way people read dates in the given language. */
export function formatDate(isoDate: string, language: Language): string {
  // Read as UTC so the day never shifts with the phone's time zone.
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
