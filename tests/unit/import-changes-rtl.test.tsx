// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n';
import { ImportChanges } from '../../src/features/backup/ImportChanges';
import type { ImportPreview } from '../../src/storage/backup/preview';
import { usePageRoot } from './support/page-root';

// A backup file's change of language, old → new: the arrow points the way the page reads, and a pack
// language is named in itself, not by its code.
const preview: ImportPreview = {
  overlap: { contacts: 0, plan: false } as unknown as ImportPreview['overlap'],
  settings: {
    merge: [{ key: 'language', now: 'es', file: 'ar' }],
    replace: [{ key: 'language', now: 'es', file: 'ar' }],
  },
  callingContacts: [],
};

describe('a setting a file would change', () => {
  const page = usePageRoot();
  beforeAll(async () => {
    await initI18n('en');
  });
  const changes = (language: 'en' | 'ar') =>
    page
      .show(
        <ImportChanges
          preview={preview}
          mode="merge"
          settingsChoice="keep"
          onSettingsChoice={() => undefined}
          disabled={false}
        />,
        language,
      )
      .querySelector('.data-changes li')?.textContent ?? '';

  it('reads old → new left to right, with the new language named in itself', () => {
    expect(changes('en')).toMatch(/Español → العربية$/);
  });

  // The words around it are English's here (no Arabic pack in a unit test): the arrow is what is checked.
  it('points the arrow right to left in a right-to-left language', () => {
    expect(changes('ar')).toMatch(/Español ← العربية$/);
  });
});
