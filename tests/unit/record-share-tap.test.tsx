// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import type * as Screen from '../../src/features/record/ShareSection';
import type { SavedMedia } from '../../src/storage/incident-store';

let root: HTMLElement;
let ShareSection: typeof Screen.ShareSection;

beforeAll(async () => {
  await initI18n('en');
  ({ ShareSection } = await import('../../src/features/record/ShareSection'));
});

beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

/** A small JPEG: start of image, a JFIF segment, the start of scan and a few bytes, end of image. */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x07, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xda, 0x00, 0x04, 0x01, 0x02, 0x42,
  0x42, 0xff, 0xd9,
]);
const photo: SavedMedia = {
  key: 'r:1',
  media: {
    recordId: 'r',
    sha256: 'ab'.repeat(32),
    size: JPEG.length,
    type: 'image/jpeg',
    takenAt: '2026-03-14T07:06:00.000Z',
    bytes: new Blob([JPEG], { type: 'image/jpeg' }),
  },
};

describe('sharing the photos', () => {
  it('the tap calls share() at once, with the copies made beforehand and their own hashes in the text', async () => {
    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share, canShare: () => true, userAgent: 'test' });
    await act(async () => {
      render(
        <I18nContext.Provider
          value={{ language: 'en', t: i18next.getFixedT('en'), setLanguage: () => Promise.resolve() }}
        >
          <ShareSection
            incident={{ id: 'r', createdAt: photo.media.takenAt }}
            media={[photo]}
            onPrint={() => {}}
          />
        </I18nContext.Provider>,
        root,
      );
    });
    const button = await vi.waitFor(() => {
      const found = [...root.querySelectorAll('button')].find(
        (element) => element.textContent === 'Share the photos',
      );
      if (!found) throw new Error('not ready');
      return found;
    });
    button.click(); // no await: Safari allows share() only within the tap itself
    expect(share).toHaveBeenCalledTimes(1);
    const [data] = share.mock.calls[0] as unknown as [{ files: File[]; text: string }];
    expect(data.files.map((file) => file.name)).toEqual(['photo-1.jpg']);
    const copyHash = Buffer.from(
      await crypto.subtle.digest('SHA-256', await (data.files[0] ?? new Blob()).arrayBuffer()),
    ).toString('hex');
    expect(data.text).toContain(`Photos and videos, the originals on this phone (SHA-256): #1 image/jpeg`);
    expect(data.text).toContain('ab'.repeat(32));
    expect(data.text).toContain(`Shared copies without the place (SHA-256): #1 photo-1.jpg ${copyHash}`);
  });
});
