import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n/detect-language';

describe('detectLanguage', () => {
  it.each([
    [['es-US'], 'es'],
    [['es-MX', 'en-US'], 'es'],
    [['ES'], 'es'],
    [['en-US', 'es-US'], 'en'],
    [['fr-FR', 'es-419'], 'es'],
    [['fr-FR', 'de-DE'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});
