// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ContactForm } from '../../src/features/contacts/ContactForm';
import { TextArea, TextField } from '../../src/features/plan/fields';
import { initI18n } from '../../src/i18n/i18n';
import type { SavedContact } from '../../src/storage/contacts-store';
import { listContacts } from '../../src/storage/contacts-store';
import { useFreshDatabase } from './support/fresh-db';
import { usePageRoot } from './support/page-root';

/*
 * What a person sees when a direction control or control character is typed or pasted: it is taken
 * out of the box at once (it is invisible: a message could only name something nobody can see), the
 * caret stays where it was, every visible character stays, and what is saved is what the box shows.
 */

beforeAll(async () => {
  await initI18n('en');
});

const page = usePageRoot();
const show = (node: preact.ComponentChild) => void page.show(node);

function box(id: string): HTMLInputElement | HTMLTextAreaElement {
  const found = page.root().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

/** Puts `text` in the box with the caret at `caret` (its end by default), as typing or pasting does. */
function type(id: string, text: string, caret = text.length) {
  act(() => {
    const field = box(id);
    field.value = text;
    field.setSelectionRange(caret, caret);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A plan text field holding its own state, reporting each value it gives. */
function Held({ multiline, seen }: { multiline: boolean; seen: string[] }) {
  const [value, setValue] = useState('');
  const Field = multiline ? TextArea : TextField;
  const onInput = (next: string) => {
    seen.push(next);
    setValue(next);
  };
  return <Field id="f" label="Notes" value={value} onInput={onInput} />;
}

describe('a direction control typed or pasted into a text box', () => {
  it('is taken out of a plan text box at once; the caret stays after what was typed', () => {
    const seen: string[] = [];
    show(<Held multiline={false} seen={seen} />);
    // Pasted in the middle: "Ana |María" becomes "Ana \u202ePérez |María", caret after "Pérez".
    type('f', 'Ana \u202ePérez\u2069 María', 'Ana \u202ePérez\u2069'.length);

    expect(box('f').value).toBe('Ana Pérez María');
    expect(box('f').selectionEnd).toBe('Ana Pérez'.length);
    expect(seen).toEqual(['Ana Pérez María']);
  });

  it('keeps line breaks and tabs in a text area, and the marks names need everywhere', () => {
    const seen: string[] = [];
    show(<Held multiline seen={seen} />);
    type('f', 'Line one\n\tLine two\u202b ليلى\u200f');
    expect(box('f').value).toBe('Line one\n\tLine two ليلى\u200f');
    expect(seen).toEqual(['Line one\n\tLine two ليلى\u200f']);
  });
});

describe('the contact form', () => {
  useFreshDatabase();

  it('saves a name and a number pasted with direction controls, without them and with nothing lost', async () => {
    const onSaved = vi.fn<(contact: SavedContact, wasNew: boolean) => void>();
    show(
      <ContactForm
        editing={undefined}
        contacts={[]}
        onSaved={onSaved}
        onCancel={() => undefined}
        onReload={() => Promise.resolve(undefined)}
      />,
    );
    // As a phone's contacts app or a chat app copies them: each wrapped in embedding controls.
    type('contact-name', '\u202bRosa Pérez\u202c');
    type('contact-phone-0', '\u202a+1 213 555 0100\u202c');
    type('contact-notes', 'Key under\nthe mat\u2066');
    expect(box('contact-name').value).toBe('Rosa Pérez');

    await act(async () => {
      page
        .root()
        .querySelector('form')
        ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    });
    const saved = await listContacts();
    expect(saved.ok && saved.value.contacts[0]).toMatchObject({
      name: 'Rosa Pérez',
      phones: ['+12135550100'],
      notes: 'Key under\nthe mat',
    });
  });
});
