/**
 * The public sources the guides rely on, keyed as in the project's facts sheet (sources.json).
 * Shown to the user under "Sources"; the app never fetches these addresses.
 */
import sources from './sources.json';

/** The languages sources are written in. */
export type SourceLanguage = 'en' | 'es' | 'ko';

export interface Source {
  organization: string;
  title: string;
  /** The language the source itself is written in (its title here may be a description in English). */
  language: SourceLanguage;
  /** Missing where the facts sheet names the page but gives no address. */
  url?: string;
}

export const SOURCES: Record<keyof typeof sources, Source> = sources as Record<keyof typeof sources, Source>;

export type SourceKey = keyof typeof sources;
