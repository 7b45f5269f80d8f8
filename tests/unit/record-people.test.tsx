// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PeopleFields } from '../../src/features/record/PeopleFields';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import type { Incident } from '../../src/storage/incident-record';

let root: HTMLElement;
/** What the form would save: the record as PeopleFields last passed it on. */
let saved: Incident;

beforeAll(async () => {
  await initI18n('en');
  await import('../../src/features/record/strings');
});

beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function Form({ start }: { start: Incident }) {
  const [incident, setIncident] = useState(start);
  saved = incident;
  return <PeopleFields incident={incident} onChange={setIncident} />;
}

function show(language: Language, start: Incident) {
  act(() => {
    render(
      <I18nContext.Provider
        value={{ language, t: i18next.getFixedT(language), setLanguage: () => Promise.resolve() }}
      >
        <Form start={start} />
      </I18nContext.Provider>,
      root,
    );
  });
}

const box = () => {
  const found = root.querySelector<HTMLInputElement>('#record-taken-0-anumber');
  if (!found) throw new Error('no A-number box');
  return found;
};
const type = (text: string) =>
  act(() => {
    box().value = text;
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
const leave = () => act(() => void box().dispatchEvent(new Event('blur')));
const problem = () => root.querySelector('#record-taken-0-anumber-error[role="alert"]')?.textContent;

describe("the record's A-number box", () => {
  it('says so when fewer than 8 digits are typed, once the person leaves the box, and saves none', () => {
    show('en', { id: 'r', createdAt: '2026-03-14T07:10:00.000Z', taken: [{}] });
    type('1234567');
    leave();
    expect(problem()).toBe('An A-number has 8 or 9 digits. It was not saved.');
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(box().getAttribute('aria-describedby')).toBe('record-taken-0-anumber-error');
    expect(saved.taken?.[0]?.aNumber ?? '').toBe('');
    type('A-123-456-78');
    expect(problem()).toBeUndefined();
    expect(saved.taken?.[0]?.aNumber).toBe('12345678');
  });

  it('an edit that makes a saved number wrong keeps no old number behind the new text, and says so (es)', () => {
    show('es', { id: 'r', createdAt: '2026-03-14T07:10:00.000Z', taken: [{ aNumber: '123456789' }] });
    expect(box().value).toBe('123456789');
    type('12345');
    leave();
    expect(box().value).toBe('12345');
    expect(saved.taken?.[0]?.aNumber ?? '').toBe('');
    expect(problem()).toBe(i18next.getFixedT('es')('record.form.aNumberProblem'));
    expect(problem()).toMatch(/^Un número A/);
  });
});
