import type { Rolldown } from 'vite';

/** The chunks as Rolldown's `output.codeSplitting`. */
export function chunkGroups(): Rolldown.CodeSplittingOptions {
  // What several screens share goes in one chunk, not in several tiny ones: each file is one
  // more download at install.
  return {
    includeDependenciesRecursively: false, // a group holds only what its test names
    groups: [
      // What the first screen runs and every other screen shares: Preact, its router, i18next, the
      // screen frame, and Vite's preload helper (in the entry, it would make every chunk import the
      // entry and the stylesheet inline-stylesheet.ts removes). One file compresses better than five,
      // and is one download at install instead of five.
      {
        name: 'core',
        test: /vite\/preload-helper|node_modules\/(preact|preact-iso|i18next)\/|src\/i18n\/(i18n|i18n-context|languages|resources)\.ts|src\/ui\/Screen\.tsx/,
      },
      // Everything that reads or writes the device's data, but the backup file code (its own screen's):
      // one file the screens that need it share, instead of ten small ones, each one more entry for the
      // worker's install and one more request on a first visit.
      {
        name: 'storage',
        test: /src\/storage\/(?!backup\/)|node_modules\/(idb|valibot)\/|src\/content\/local-date|src\/app\/language-memory|src\/first-paint\/shown-language|src\/i18n\/start-language|src\/ui\/(use-stored|download)\.|src\/features\/contacts\/use-contacts/,
      },
      // What the family plan's screens share (the household list, the papers checklist, the review
      // date, the printouts' parts): one file, not four.
      {
        name: 'plan-kit',
        test: /src\/features\/plan\/(household|document-checklist|review-due|print-parts|contact-link|child-care|date-parts|plan-sections)\./,
      },
      {
        name: 'screen-kit',
        test: /src\/content\/format-date|src\/features\/guides\/SourceList|locales\/(sources|reviewed)\./,
      },
    ],
  };
}

/** Chunks whose every function runs as the app starts. */
const EAGER_CHUNKS = ['core', 'start'];

/**
 * The code the first screen runs (Preact, i18next, the app's start) is compiled by V8 while it
 * downloads, on another thread, instead of function by function on the main thread the first time
 * each runs: that made the first render one long task (about 90 ms at 4x CPU, 30 with it).
 * https://v8.dev/blog/explicit-compile-hints
 */
export const compileHints = (chunk: Rolldown.RenderedChunk): string =>
  EAGER_CHUNKS.includes(chunk.name) ? '//# allFunctionsCalledOnLoad' : '';
