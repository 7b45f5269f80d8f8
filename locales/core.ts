/**
 * The emergency core: what a language of the second tier (src/i18n/languages.ts) translates. One
 * definition; the tests, the build of language packs and the fallback for untranslated screens read it.
 *
 * - Interface areas (`locales/<lang>/<area>.json`): the app's frame and home screen, the red card, the
 *   warrant check, the help screen, the emergency bar, quick exit, the guide screen's own words, the
 *   review line, dates and the offline status.
 * - Guides: the encounter guides' "right now" blocks, with their titles and summaries (a `CoreGuide`
 *   each, in `locales/<lang>/guides/`, listed in this order in its `guides/index.ts`).
 */
export const CORE_AREAS = [
  'common',
  'home',
  'guides',
  'card',
  'warrant',
  'help',
  'emergency',
  'quickexit',
  'legal',
  'date',
  'offline',
] as const;

export const CORE_GUIDES = ['agents-at-your-door', 'on-the-street', 'in-a-car', 'at-work'] as const;
