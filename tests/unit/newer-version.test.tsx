// @vitest-environment happy-dom
import i18next from 'i18next';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalLine } from '../../src/features/help/LocalLine';
import { Drill } from '../../src/features/practice/Drill';
import { SaveStatus } from '../../src/features/plan/SaveStatus';
import { I18nContext } from '../../src/i18n/i18n-context';
import { addScreenStrings, initI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { restoreContact } from '../../src/storage/contacts-store';
import { closeDB, getDB } from '../../src/storage/db';
import { RECORD_SHAPES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

/*
 * A newer version of the app saved something this (older) tab cannot keep: the screens that save say,
 * in the person's language, to reload; none says "saved", and none writes over the newer record.
 */
let root: HTMLElement;

function show(language: Language, screen: ComponentChild) {
  const t = i18next.getFixedT(language);
  act(() => {
    render(
      <I18nContext.Provider value={{ language, t, setLanguage: () => Promise.resolve() }}>
        {screen}
      </I18nContext.Provider>,
      root,
    );
  });
}

const RELOAD = { en: 'Reload this page', es: 'Vuelva a cargar esta página' } as const;

describe('an older tab asks for a reload', () => {
  useFreshDatabase();
  beforeAll(async () => {
    await initI18n('en');
    await import('../../src/features/plan/plan-strings');
    addScreenStrings(import.meta.glob('/locales/*/help.json', { eager: true, import: 'default' }));
    await import('../../src/ui/SaveVCardButton'); // the practice strings, as the screens add them
    await i18next.loadLanguages('es');
  });
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it.each(['en', 'es'] as const)('the plan says so (%s)', (language) => {
    show(
      language,
      <SaveStatus state={{ problem: 'newer' }} onShowNewest={() => {}} onStartAgain={() => {}} />,
    );
    expect(root.textContent).toContain(RELOAD[language]);
    show(
      language,
      <SaveStatus state={{ problem: 'reset' }} onShowNewest={() => {}} onStartAgain={() => {}} />,
    );
    expect(root.textContent).toContain(RELOAD[language]);
  });

  it.each(['en', 'es'] as const)(
    'the local line on the help screen says so, and keeps the newer number (%s)',
    async (language) => {
      await getDB();
      await closeDB();
      // The line is a contact: one written by a newer version, that this one cannot read or keep.
      const contact = {
        id: 'line',
        name: 'Línea',
        phones: ['+12135550199'],
        role: 'rapid-response' as const,
        languages: '',
        notes: '',
        mayPickUpChildren: false,
        order: 0,
      };
      const line = { ...contact, rev: 4 };
      const row = {
        rev: 4,
        shape: RECORD_SHAPES.contacts + 1,
        body: { codec: 'plain-1' as const, data: { ...contact, alert: true } },
      };
      await (await getDB()).put('contacts', row, 'line');
      show(language, <LocalLine line={line} contacts={[line]} onSaved={() => {}} />);
      await act(() => root.querySelector<HTMLButtonElement>('.local-line button')?.click());
      const input = root.querySelector<HTMLInputElement>('#local-line-number');
      if (!input) throw new Error('no number box');
      await act(() => {
        input.value = '(213) 555-0100';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // "United States or Mexico?": answered.
      await act(() => root.querySelector<HTMLInputElement>('#local-line-number-country-US')?.click());
      await act(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
      await vi.waitFor(() =>
        expect(root.querySelector('[role="alert"]')?.textContent).toContain(RELOAD[language]),
      );
      expect(await (await getDB()).get('contacts', 'line')).toEqual(row);
    },
  );

  it.each(['en', 'es'] as const)(
    'the memorize drill says so, and keeps the newer counts (%s)',
    async (language) => {
      const ana = {
        id: 'ana',
        name: 'Ana',
        phones: ['+12135550100'],
        role: 'family',
        languages: '',
        notes: '',
        mayPickUpChildren: false,
        order: 0,
        rev: 1,
      } as const;
      expect(await restoreContact({ ...ana, phones: [...ana.phones] })).toMatchObject({ ok: true });
      const data = { right: 3, tries: 4, lastTried: '2026-03-01', streak: 2 };
      const row = { rev: 4, shape: RECORD_SHAPES.practice + 1, body: { codec: 'plain-1' as const, data } };
      await (await getDB()).put('practice', row, 'ana');
      show(
        language,
        <Drill
          contact={{ ...ana, phones: [...ana.phones] }}
          practice={undefined}
          focusOnStart={false}
          onRecorded={() => {}}
          onAnother={() => {}}
        />,
      );
      await act(() => root.querySelector<HTMLButtonElement>('.drill button.button')?.click());
      const input = root.querySelector<HTMLInputElement>('#drill-typed');
      if (!input) throw new Error('no box to type in');
      await act(() => {
        input.value = '2135550100';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => root.querySelector<HTMLButtonElement>('.drill form button[type="submit"]')?.click());
      await vi.waitFor(() =>
        expect(root.querySelector('[role="status"]')?.textContent).toContain(RELOAD[language]),
      );
      expect(await (await getDB()).get('practice', 'ana')).toEqual(row);
    },
  );
});
