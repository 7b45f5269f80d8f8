// @vitest-environment happy-dom
import i18next from 'i18next';
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import type * as Screen from '../../src/features/record/MediaSection';
import type { SavedMedia } from '../../src/storage/incident-store';
import type * as Store from '../../src/storage/incident-store';

const store = vi.hoisted(() => ({
  deleteMedia: vi.fn(async () => ({ ok: true as const, value: undefined })),
  addMedia: vi.fn(async () => ({ ok: false as const, problem: 'unknown' as const })),
}));
vi.mock('../../src/storage/incident-store', async (original) => ({
  ...(await original<typeof Store>()),
  ...store,
}));

let root: HTMLElement;
// Loaded once i18next has started: the record's strings join it as their module loads.
let MediaSection: typeof Screen.MediaSection;

beforeAll(async () => {
  await initI18n('en');
  ({ MediaSection } = await import('../../src/features/record/MediaSection'));
});

beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
  store.deleteMedia.mockClear();
  store.addMedia.mockClear();
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function show(language: Language, child: ComponentChild) {
  act(() => {
    render(
      <I18nContext.Provider
        value={{ language, t: i18next.getFixedT(language), setLanguage: () => Promise.resolve() }}
      >
        {child}
      </I18nContext.Provider>,
      root,
    );
  });
}

const video: SavedMedia = {
  key: 'r:1',
  media: {
    recordId: 'r',
    sha256: 'ab'.repeat(32),
    size: 2_000_000,
    type: 'video/mp4',
    takenAt: '2026-03-14T07:06:00.000Z',
    bytes: new Blob(['video']),
  },
};

const section = (reload = vi.fn()) => (
  <MediaSection
    media={[video]}
    unreadable={0}
    saveRecord={async () => true}
    recordId="r"
    reload={reload}
    locked={false}
  />
);

const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find(
    (element) => (element.getAttribute('aria-label') ?? element.textContent) === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const click = async (element: HTMLElement) => {
  await act(async () => {
    element.click();
  });
};

describe('deleting a photo or video', () => {
  for (const [language, words] of [
    [
      'en',
      { delete: 'Delete Video 1', question: /^Delete Video 1 from this phone\? This cannot be undone\.$/ },
    ],
    [
      'es',
      { delete: 'Borrar Video 1', question: /^¿Borrar Video 1 de este teléfono\? No se puede deshacer\.$/ },
    ],
  ] as const) {
    it(`asks a second time, with the focus on the question; cancel keeps it and gives the focus back (${language})`, async () => {
      const t = i18next.getFixedT(language);
      show(language, section());
      await click(button(words.delete));
      expect(store.deleteMedia).not.toHaveBeenCalled();
      const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]');
      expect(dialog?.textContent).toMatch(/Video 1/);
      const label = dialog?.getAttribute('aria-labelledby') ?? '';
      expect(root.querySelector(`#${label}`)?.textContent).toMatch(words.question);
      expect(document.activeElement).toBe(dialog);
      await click(button(t('record.form.cancel')));
      expect(root.querySelector('[role="alertdialog"]')).toBeNull();
      expect(document.activeElement).toBe(button(words.delete));
      expect(store.deleteMedia).not.toHaveBeenCalled();
    });
  }

  it('deletes only on the second answer, then puts the focus on the list of photos and videos', async () => {
    const reload = vi.fn();
    show('en', section(reload));
    await click(button('Delete Video 1'));
    await click(button('Yes, delete'));
    expect(store.deleteMedia).toHaveBeenCalledWith('r:1');
    expect(reload).toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('record-media');
  });
});

describe('a file past the size limit', () => {
  it('is named as too large, not as "the phone is full", and is not stored', async () => {
    show('en', section());
    const huge = new File(['x'], 'long-video.mp4', { type: 'video/mp4' });
    Object.defineProperty(huge, 'size', { value: 500 * 1024 * 1024 + 1 });
    const input = root.querySelector<HTMLInputElement>('#record-gallery');
    if (!input) throw new Error('no gallery input');
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    const alert = root.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Not saved, larger than 500 MB:');
    expect(alert).toContain('long-video.mp4');
    expect(alert).not.toContain('the phone is full');
    expect(store.addMedia).not.toHaveBeenCalled();
  });
});
