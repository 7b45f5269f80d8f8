// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Drill } from '../../src/features/practice/Drill';
import { initI18n } from '../../src/i18n/i18n';
import { restoreContact, type SavedContact } from '../../src/storage/contacts-store';
import { loadPractice } from '../../src/storage/practice-store';
import { useFreshDatabase } from './support/fresh-db';

const ana: SavedContact = {
  id: 'ana',
  name: 'Ana',
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 0,
  rev: 1,
};

let root: HTMLElement;
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((element) => element.textContent?.trim() === name);
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';

async function press(name: string) {
  const element = button(name);
  if (!element) throw new Error(`no button ${name}`);
  await act(() => element.click());
}

async function typeAndCheck(text: string) {
  const input = root.querySelector<HTMLInputElement>('#drill-typed');
  if (!input) throw new Error('no input');
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => button('Check')?.click());
}

async function tries() {
  const practice = await loadPractice();
  if (!practice.ok) throw new Error(practice.problem);
  return practice.value.get('ana');
}

describe('the memorize drill', () => {
  useFreshDatabase();
  beforeAll(async () => {
    await initI18n('en');
    await import('../../src/ui/SaveVCardButton'); // adds the practice strings, as the screens do
  });
  beforeEach(async () => {
    // Tries are counted only for a contact on the device (a deleted one leaves no counts behind).
    expect(await restoreContact(ana)).toMatchObject({ ok: true });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('hides the number, says what was wrong, and counts each try on the device', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 7, 23, 30) });
    const onRecorded = vi.fn();
    await act(() =>
      render(
        <Drill
          contact={ana}
          practice={undefined}
          focusOnStart={false}
          onRecorded={onRecorded}
          onAnother={() => {}}
        />,
        root,
      ),
    );
    expect(root.textContent).toContain('(213) 555-0100');
    await press('Hide it and type it');
    expect(root.textContent).not.toContain('(213) 555-0100');
    expect(document.activeElement?.id).toBe('drill-typed');

    await typeAndCheck('213-555-0110');
    await vi.waitFor(() => expect(status()).toContain('1 digit was different'));
    expect(status()).toBe(
      'You typed 213 555 0110. The number is 213 555 0100. 1 digit was different. Typed right 0 of 1 time.',
    );
    expect(root.querySelector('.digit-wrong')?.textContent).toContain('0: you typed 1');
    expect(await tries()).toEqual({ right: 0, tries: 1, lastTried: '2026-03-07' });
    expect(onRecorded).toHaveBeenCalledTimes(1);

    await press('Try again');
    expect(root.querySelector<HTMLInputElement>('#drill-typed')?.value).toBe('');
    await typeAndCheck('+1 (213) 555-0100');
    await vi.waitFor(() => expect(status()).toContain('Typed right 1 of 2 times'));
    expect(root.querySelector('h3')?.textContent).toContain('Right! You know this number.');
    expect(root.querySelector('.digit-compare')).toBeNull();
    expect(await tries()).toEqual({ right: 1, tries: 2, lastTried: '2026-03-07' });
  });

  it('asks for the number when nothing was typed, and counts no try', async () => {
    await act(() =>
      render(
        <Drill
          contact={ana}
          practice={undefined}
          focusOnStart={false}
          onRecorded={() => {}}
          onAnother={() => {}}
        />,
        root,
      ),
    );
    await press('Hide it and type it');
    await typeAndCheck('  ');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Type the number first.');
    expect(root.querySelector('#drill-typed')?.getAttribute('aria-invalid')).toBe('true');
    expect(await tries()).toBeUndefined();
  });

  it('still shows what was wrong when the try cannot be saved, and says so', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await act(() =>
      render(
        <Drill
          contact={ana}
          practice={undefined}
          focusOnStart={false}
          onRecorded={() => {}}
          onAnother={() => {}}
        />,
        root,
      ),
    );
    await press('Hide it and type it');
    await typeAndCheck('213 555 010');
    await vi.waitFor(() => expect(status()).toContain('This try could not be saved on this phone.'));
    expect(status()).toContain('1 digit was missing.');
  });
});
