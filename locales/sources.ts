/**
 * The public sources the guides rely on, keyed as in the project's facts sheet (sources.json).
 * Shown to the user under "Sources"; the app never fetches these addresses.
 */
import sources from './sources.json';

export interface Source {
  organization: string;
  title: string;
  /** Missing where the facts sheet names the page but gives no address. */
  url?: string;
}

export const SOURCES: Record<keyof typeof sources, Source> = sources;

export type SourceKey = keyof typeof sources;
