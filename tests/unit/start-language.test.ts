import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLanguage } from '../../src/i18n/start-language';
import { saveSetting } from '../../src/storage/settings-store';
import { useFreshDatabase } from './support/fresh-db';

describe('startLanguage', () => {
  useFreshDatabase();
  afterEach(() => vi.restoreAllMocks());

  it('follows the browser when nothing was chosen yet', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX', 'en']);
    expect(await startLanguage()).toBe('es');
  });

  it('prefers the saved choice over the browser', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX']);
    await saveSetting('language', 'en');
    expect(await startLanguage()).toBe('en');
  });

  it('ignores a saved value that is not a language the app has', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    await saveSetting('language', 'fr');
    expect(await startLanguage()).toBe('en');
  });
});
