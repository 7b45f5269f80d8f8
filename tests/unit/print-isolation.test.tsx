// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import { formatPhone } from '../../src/shared/phone';
import type { SavedContact } from '../../src/storage/contacts-store';
import type { SavedPlan } from '../../src/storage/plan-store';
import { contact, person, planWith } from './support/backup-fixtures';

/*
 * A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) must not turn the phone number printed beside it
 * backwards. Storage refuses the character today, but records can come from an older version, another
 * app's file or a bug, so the printout holds on its own: by the Unicode bidi algorithm (UAX #9, rule
 * X6a), an override inside an isolate (`<bdi>`) ends with it; the number is its own left-to-right
 * isolate (`<bdi dir="ltr">`), which no text around it can reorder. Here the stores hand the screens a
 * name with U+202E (as a damaged or old record would), bypassing the check on purpose.
 */
const RLO = '\u202e';
const NUMBER = '+12135550100';
const contacts: SavedContact[] = [
  { ...contact('tia-rosa', `${RLO}Rosa`, 0, { role: 'caregiver', phones: [NUMBER] }), rev: 1 },
  { ...contact('lawyer-1', `Lic. ${RLO}Pérez`, 1, { role: 'lawyer', phones: ['+12135550111'] }), rev: 1 },
];
const family = planWith();
family.household.data.people = [person('sofi', `Sofía${RLO}`, true, { aNumber: '987654321' })];
const plan = Object.fromEntries(
  Object.entries(family).map(([section, record]) => [section, { ...record, skipped: false, rev: 1 }]),
) as SavedPlan;

vi.mock('../../src/storage/contacts-store', async (original) => ({
  ...(await original<object>()),
  watchedContacts: {
    load: () => Promise.resolve({ ok: true, value: { contacts, unreadable: 0 } }),
    watch: () => () => undefined,
  },
}));
vi.mock('../../src/storage/plan-store', async (original) => ({
  ...(await original<object>()),
  watchedPlan: {
    load: () => Promise.resolve({ ok: true, value: { plan, unreadable: 0 } }),
    watch: () => () => undefined,
  },
}));

let root: HTMLElement;

beforeAll(async () => {
  await initI18n('en');
});

beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function print(screen: preact.FunctionComponent, ready: string): Promise<void> {
  const t = i18next.getFixedT('en');
  const Screen = screen;
  await act(() => {
    render(
      <I18nContext.Provider value={{ language: 'en', t, setLanguage: () => Promise.resolve() }}>
        <Screen />
      </I18nContext.Provider>,
      root,
    );
  });
  await vi.waitFor(() => expect(root.querySelector(ready)).not.toBeNull());
}

function textNodes(holding: string): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(holding)) found.push(node as Text);
  }
  return found;
}

/**
 * Whether no override in the printout can reach a number: every text with U+202E is inside an isolate
 * that holds no number, and every number is a left-to-right isolate of its own.
 */
function overridesStayInside(numbers: string[]): string[] {
  const wrong: string[] = [];
  for (const node of textNodes(RLO)) {
    const isolate = node.parentElement?.closest('bdi');
    const reaches = numbers.filter((number) => (isolate ?? root).textContent?.includes(number));
    if (!isolate || reaches.length > 0) wrong.push(`an override reaches ${reaches.join(', ') || 'its line'}`);
  }
  for (const number of numbers) {
    const nodes = textNodes(number);
    if (nodes.length === 0) wrong.push(`${number} is not printed`);
    for (const node of nodes) {
      const isolate = node.parentElement;
      if (isolate?.localName !== 'bdi' || isolate.dir !== 'ltr' || isolate.textContent !== number)
        wrong.push(`${number} is not a left-to-right isolate of its own`);
    }
  }
  return wrong;
}

describe('a name holding a right-to-left override, printed', () => {
  it('cannot reverse the number next to it on the caregiver packet', async () => {
    const { default: CaregiverPacketScreen } = await import('../../src/features/plan/CaregiverPacketScreen');
    await print(CaregiverPacketScreen, '.packet-contacts');

    // The caregiver's line reads "‮Rosa · (213) 555-0100": both on the paper, the number isolated.
    const line = [...root.querySelectorAll('.packet-contacts dd')].find((dd) =>
      dd.textContent?.includes('Rosa'),
    );
    expect(line?.textContent).toContain(formatPhone(NUMBER));
    expect(overridesStayInside([formatPhone(NUMBER), formatPhone('+12135550111')])).toEqual([]);
  });

  it('cannot reverse a number or an A-number on the whole plan printout', async () => {
    const { default: PlanPrintScreen } = await import('../../src/features/plan/PlanPrintScreen');
    await print(PlanPrintScreen, '.print-section');
    // A-numbers are printed only when the person checks the box.
    const include = root.querySelector<HTMLInputElement>('#print-choice');
    await act(() => include?.click());
    expect(include?.checked).toBe(true);

    expect(overridesStayInside([formatPhone(NUMBER), formatPhone('+12135550111'), 'A-987-654-321'])).toEqual(
      [],
    );
  });
});
