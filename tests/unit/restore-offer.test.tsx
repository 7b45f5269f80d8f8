// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type RestoreOfferType from '../../src/features/home/RestoreOffer';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import { closeChanges } from '../../src/storage/changes';
import { addContact } from '../../src/storage/contacts-store';
import { nothingSaved } from '../../src/storage/nothing-saved';
import { saveSection } from '../../src/storage/plan-store';
import { planWith } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

// Issue 12, item 9: an app added to an iPhone's Home Screen has storage apart from Safari's, so it
// starts empty. When the installed app starts with nothing saved, its home screen offers the backup.

/** The app as the browser runs it: installed (display-mode standalone) or in a tab. */
function runAs(mode: 'standalone' | 'browser') {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(display-mode: standalone)' && mode === 'standalone',
    media: query,
  }));
}

describe('the home screen offers a backup file to the installed app with nothing saved', () => {
  useFreshDatabase();
  let root: HTMLElement;
  let RestoreOffer: typeof RestoreOfferType;
  beforeAll(async () => {
    await initI18n('en');
    ({ default: RestoreOffer } = await import('../../src/features/home/RestoreOffer')); // adds its strings
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
    closeChanges();
  });

  async function show(language: (typeof LANGUAGES)[number] = 'en') {
    root = document.body.appendChild(document.createElement('div'));
    const t = i18next.getFixedT(language);
    await act(async () => {
      render(
        <I18nContext.Provider value={{ language, t, setLanguage: () => Promise.resolve() }}>
          <RestoreOffer />
        </I18nContext.Provider>,
        root,
      );
    });
    // The screen's own read was asked first: IndexedDB answers this one after it.
    await nothingSaved();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    return root;
  }

  it.each(LANGUAGES)(
    'in %s, installed and empty: a plain offer with a link to the import',
    async (language) => {
      runAs('standalone');
      const shown = await show(language);
      await vi.waitFor(() => expect(shown.querySelector('a')).not.toBeNull());
      const link = shown.querySelector('a');
      expect(link?.getAttribute('href')).toBe('/settings/data#data-import');
      expect(link?.textContent).toBe(i18next.getFixedT(language)('restore.link'));
      expect(shown.textContent).toContain(i18next.getFixedT(language)('restore.text'));
    },
  );

  it('in a browser tab: no offer', async () => {
    runAs('browser');
    expect((await show()).textContent).toBe('');
  });

  it('installed, with a contact saved: no offer', async () => {
    runAs('standalone');
    await addContact(
      {
        name: 'Tía Rosa',
        phones: ['+12135550100'],
        role: 'family',
        languages: '',
        notes: '',
        mayPickUpChildren: false,
      },
      [],
    );
    expect((await show()).textContent).toBe('');
  });

  it('installed, with only a plan section saved: no offer', async () => {
    runAs('standalone');
    await saveSection('review', planWith().review, undefined);
    expect((await show()).textContent).toBe('');
  });
});
