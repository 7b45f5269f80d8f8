// @vitest-environment happy-dom
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContactItem } from '../../src/features/contacts/ContactItem';
import { initI18n } from '../../src/i18n/i18n';
import { isolatedIn } from '../../src/ui/isolated';
import { contact } from './support/backup-fixtures';
import { usePageRoot } from './support/page-root';

/*
 * A person's text on screen is isolated: a name, a language or a note in a <bdi>, a number as
 * left-to-right text of its own, also inside a translated sentence, which reads exactly as before.
 */
beforeAll(async () => {
  await initI18n('en');
  await import('../../src/features/contacts/ContactsScreen'); // adds the contacts strings, as in the app
});

const page = usePageRoot();
const show = (node: preact.ComponentChild) => void page.show(node);

/** Each isolate's direction and text, in order. */
const isolates = () =>
  [...page.root().querySelectorAll('bdi')].map((bdi) => [bdi.dir || 'auto', bdi.textContent]);

describe('a person’s text on screen', () => {
  it('is put back into a sentence as an isolate, the sentence unchanged', () => {
    const t = i18next.getFixedT('en');
    show(<p>{isolatedIn((name) => t('contacts.done.moved', { name, n: 2 }), 'ليلى')}</p>);
    expect(page.root().textContent).toBe('ليلى is now number 2 to call.');
    expect(isolates()).toEqual([['auto', 'ليلى']]);

    show(<p>{isolatedIn((number) => `${number} or ${number}`, '(213) 555-0100', 'ltr')}</p>);
    expect(isolates()).toEqual([
      ['ltr', '(213) 555-0100'],
      ['ltr', '(213) 555-0100'],
    ]);
  });

  it('is isolated in the contacts list: the name, each number left to right, the languages and notes', () => {
    const rosa = contact('rosa', 'روزا', 0, { phones: ['+12135550100'], languages: 'عربي', notes: 'Key' });
    show(
      <ul>
        <ContactItem
          contact={{ ...rosa, rev: 1 }}
          position={1}
          total={1}
          onEdit={() => undefined}
          onDelete={() => undefined}
          onMove={() => undefined}
        />
      </ul>,
    );
    expect(isolates()).toEqual([
      ['auto', 'روزا'],
      ['ltr', '(213) 555-0100'],
      ['auto', 'عربي'],
      ['auto', 'Key'],
    ]);
    expect(page.root().textContent).toContain('Speaks: عربي');
  });
});
