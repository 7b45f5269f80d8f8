// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANumberField } from '../../src/features/plan/ANumberField';
import { DateField } from '../../src/features/plan/DateField';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';

let root: HTMLElement;

beforeAll(async () => {
  await initI18n('en');
  await import('../../src/features/plan/plan-strings'); // adds its strings to the started i18next
});

beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

/** Renders (or re-renders, keeping the component's state) one field in a language. */
function show(language: Language, field: preact.ComponentChild) {
  const t = i18next.getFixedT(language);
  act(() => {
    render(
      <I18nContext.Provider value={{ language, t, setLanguage: () => Promise.resolve() }}>
        {field}
      </I18nContext.Provider>,
      root,
    );
  });
}

const input = (id: string) => {
  const found = root.querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
};

function type(id: string, text: string) {
  act(() => {
    const box = input(id);
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const labels = () => [...root.querySelectorAll('.date-part label')].map((label) => label.textContent);
const alert = () => root.querySelector('[role="alert"]')?.textContent;

describe('DateField', () => {
  it('asks month, day, year in English and día, mes, año in Spanish', () => {
    show('en', <DateField id="d" legend="Date of birth" value="" onChange={() => undefined} />);
    expect(labels()).toEqual(['Month', 'Day', 'Year']);
    render(null, root);
    show('es', <DateField id="d" legend="Fecha de nacimiento" value="" onChange={() => undefined} />);
    expect(labels()).toEqual(['Día', 'Mes', 'Año']);
  });

  it('passes on a real date only; 31 February stays on screen with a message beside it', () => {
    const onChange = vi.fn();
    show('es', <DateField id="d" legend="Fecha" value="" latest="2026-06-01" onChange={onChange} />);
    type('d-day', '31');
    type('d-month', '2');
    expect(alert()).toBeUndefined(); // not while the year is still missing
    type('d-year', '2024');
    expect(onChange).not.toHaveBeenCalled();
    expect(alert()).toBe('Ese mes tiene 29 días. Revise el día.');
    expect(input('d-day').value).toBe('31');
    expect(input('d-day').getAttribute('aria-invalid')).toBe('true');
    expect(input('d-month').getAttribute('aria-invalid')).toBe('false');
    type('d-day', '29');
    expect(onChange).toHaveBeenLastCalledWith('2024-02-29');
    expect(alert()).toBeUndefined();
  });

  it('refuses a date after the latest allowed', () => {
    const onChange = vi.fn();
    show('en', <DateField id="d" legend="Date" value="" latest="2026-06-01" onChange={onChange} />);
    type('d-month', '6');
    type('d-day', '2');
    type('d-year', '2026');
    expect(alert()).toBe('This date has not come yet. Check the year.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps what is typed across re-renders, and shows a date saved from elsewhere (the "today" button)', () => {
    const onChange = vi.fn();
    const field = (value: string) => <DateField id="d" legend="Date" value={value} onChange={onChange} />;
    const boxes = () => [input('d-month').value, input('d-day').value, input('d-year').value];
    show('en', field('2020-01-05'));
    expect(boxes()).toEqual(['1', '5', '2020']);
    type('d-year', '20');
    show('en', field('2020-01-05'));
    expect(boxes()).toEqual(['1', '5', '20']);
    show('en', field('2026-05-31'));
    expect(boxes()).toEqual(['5', '31', '2026']);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('ANumberField', () => {
  it('saves the digits, says how an 8-digit number is saved, and keeps what was typed', () => {
    const onChange = vi.fn();
    show('en', <ANumberField id="a" value="" onChange={onChange} />);
    type('a', 'a 1234-5678');
    expect(onChange).toHaveBeenLastCalledWith('12345678');
    expect(input('a').value).toBe('a 1234-5678');
    expect(root.textContent).toContain('Saved as A-012-345-678: the locator needs all 9 digits');
  });

  it('says a wrong letter at once and a wrong length when focus leaves; the last good number stays saved', () => {
    const onChange = vi.fn();
    show('en', <ANumberField id="a" value="123456789" onChange={onChange} />);
    expect(input('a').value).toBe('A-123-456-789');
    type('a', 'A-123-456-78X');
    expect(alert()).toBe('Use only numbers. It may start with the letter A.');
    type('a', 'A-123-4');
    expect(alert()).toBeUndefined();
    act(() => {
      input('a').dispatchEvent(new FocusEvent('blur'));
    });
    expect(alert()).toBe('An A-number has 8 or 9 digits. This one has 4.');
    expect(input('a').value).toBe('A-123-4');
    expect(input('a').getAttribute('aria-describedby')).toContain('a-error');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('for a child, says the detainee locator does not show anyone under 18', () => {
    show('en', <ANumberField id="a" value="" isChild onChange={() => undefined} />);
    expect(input('a').getAttribute('aria-describedby')).toBe('a-hint');
    expect(root.querySelector('#a-hint')?.textContent).toContain('does not show anyone under 18');
    render(null, root);
    show('en', <ANumberField id="a" value="" onChange={() => undefined} />);
    expect(root.querySelector('#a-hint')?.textContent).toContain('lets a relative find this person');
  });
});
