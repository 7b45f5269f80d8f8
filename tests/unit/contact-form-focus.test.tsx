// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContactForm } from '../../src/features/contacts/ContactForm';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';

/*
 * "Add a contact" opens the form with the focus on its heading, so a screen reader says where the person
 * is. On a slow phone the form is drawn a moment before that runs; a person who has already tapped the
 * name box and started typing keeps the focus, and what they type goes in the box. (Seen in WebKit on a
 * loaded machine: the name typed at once went to the heading, and the form said "Write a name.")
 */

beforeAll(async () => {
  await initI18n('en');
});

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

/** Draws the form as the app does, without waiting for its effects (they run after the next frame). */
function drawForm(): HTMLElement {
  root = document.body.appendChild(document.createElement('div'));
  render(
    <I18nContext.Provider
      value={{ language: 'en', t: i18next.getFixedT('en'), setLanguage: () => Promise.resolve() }}
    >
      <ContactForm
        editing={undefined}
        contacts={[]}
        onSaved={() => undefined}
        onCancel={() => undefined}
        onReload={() => Promise.resolve(undefined)}
      />
    </I18nContext.Provider>,
    root,
  );
  return root;
}

/** Past the frame (or the 100 ms) after which Preact runs a drawn component's effects. */
const afterEffects = () => new Promise((done) => setTimeout(done, 150));

describe('the contact form takes the focus', () => {
  it('to its heading when it opens', async () => {
    const form = drawForm();
    await afterEffects();
    expect(document.activeElement).toBe(form.querySelector('h2'));
  });

  it('but not from a box the person is already typing in', async () => {
    const form = drawForm();
    const name = form.querySelector<HTMLInputElement>('#contact-name');
    name?.focus();
    await afterEffects();
    expect(document.activeElement).toBe(name);
  });
});
