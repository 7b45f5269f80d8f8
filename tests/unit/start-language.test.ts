import { describe, expect, it } from 'vitest';
import { startLanguage } from '../../src/i18n/start-language';
import { saveSetting } from '../../src/storage/settings-store';
import { useFreshDatabase } from './support/fresh-db';

// The browser's languages are passed in, as `navigator.languages` would give them.
describe('startLanguage', () => {
  useFreshDatabase();

  it('follows the browser when nothing was chosen yet', async () => {
    expect(await startLanguage(['es-MX', 'en'])).toBe('es');
  });

  it('prefers the saved choice over the browser', async () => {
    await saveSetting('language', 'en');
    expect(await startLanguage(['es-MX'])).toBe('en');
  });

  it('ignores a saved value that is not a language the app has', async () => {
    await saveSetting('language', 'fr');
    expect(await startLanguage(['en-US'])).toBe('en');
  });
});
