import type { TranslationAbout } from '../../src/content/guide-types';

// Spanish is built in, not a pack, but it is a translation all the same: written with the English and
// never checked by a fluent speaker with legal knowledge. tests/unit/locale-parity.test.ts keeps its keys
// and placeholders in step with English's, and tests/unit/guides.test.ts its guides.
export const about: TranslationAbout = {
  translatedBy:
    'The project’s developers, with an AI model, written alongside the English and kept in step with it in every change; not yet checked by a fluent speaker',
  fromEnglish: '076283f',
  on: '2026-12-05',
  review: null,
};
