import type { TranslationAbout } from '../../src/content/guide-types';

export const about: TranslationAbout = {
  translatedBy:
    'Machine translation (an AI model) by the project’s developers; not yet checked by a fluent speaker',
  fromEnglish: '1da0fae',
  on: '2026-12-05',
  review: null,
};
