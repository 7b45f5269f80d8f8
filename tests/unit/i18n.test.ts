import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addScreenStrings, changeLanguage, initI18n } from '../../src/i18n/i18n';

describe('i18n', () => {
  it('starts in the chosen language and switches, loading the other language on demand', async () => {
    const t = await initI18n('es');
    expect(t('home.urgent.title')).toBe('Agentes en mi puerta');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);

    await changeLanguage('en');
    expect(i18next.t('home.urgent.title')).toBe('Agents at my door');
    // A screen's own strings (the legal line's) interpolate in the language switched to.
    addScreenStrings(import.meta.glob('/locales/*/legal.json', { eager: true, import: 'default' }));
    expect(i18next.t('legal.lastReviewed', { date: 'May 1' })).toBe('Last reviewed May 1');
  });

  it('shows a missing string as missing, never silently in another language', async () => {
    await initI18n('es');
    expect(i18next.t('home.noSuchKey' as 'home.title')).toBe('[missing: home.noSuchKey]');
  });
});
