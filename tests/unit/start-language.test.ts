import { describe, expect, it } from 'vitest';
import { startLanguage } from '../../src/i18n/start-language';
import { saveSetting } from '../../src/storage/settings-store';
import { useFreshDatabase } from './support/fresh-db';

// The browser's languages are passed in, as `navigator.languages` would give them.
describe('startLanguage', () => {
  useFreshDatabase();

  it('follows the browser when nothing was chosen yet', async () => {
    expect(await startLanguage(['es-MX', 'en'])).toMatchObject({ language: 'es', second: 'es' });
  });

  it('prefers the saved choice over the browser', async () => {
    await saveSetting('language', 'en');
    expect((await startLanguage(['es-MX'])).language).toBe('en');
  });

  it('ignores a saved value that is not a language the app has', async () => {
    await saveSetting('language', 'xx');
    expect((await startLanguage(['en-US'])).language).toBe('en');
  });

  // No Cache Storage in these tests: a pack can be neither on the phone nor fetched.
  it("a pack language whose pack cannot be had gives way to the browser's next language", async () => {
    await saveSetting('language', 'fr');
    expect((await startLanguage(['fr-FR', 'es-US'])).language).toBe('es');
  });

  it('keeps the second language the person chose, and whether to remember the language', async () => {
    expect(await startLanguage(['en-US'])).toMatchObject({ second: 'en', remember: true });
    await saveSetting('secondLanguage', 'es');
    await saveSetting('languageMemory', 'off');
    expect(await startLanguage(['en-US'])).toMatchObject({ second: 'es', remember: false });
  });
});
