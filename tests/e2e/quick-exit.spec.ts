import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, heading, test, type Lang } from './support/app';
import { goInApp, LOCK_WORDS, setLockTo, unlockWith } from './support/lock-ui';
import { seedChild, seedContact, seedRecords, type PlanSeed } from './support/seed-records';

/*
 * The lock in the app's frame (issue 11): with a lock set, "Exit" in the top bar locks and shows the
 * rights home with nothing personal left on the page; the bin beside it reaches "Delete all my data" in
 * two taps; the app locks by itself once hidden for the chosen time, but not right after it sent the
 * person to make a call; the screen's content is hidden while the page is.
 * The lock is set in Settings → Privacy over seeded records; the key lives in the page's memory only, so the
 * tests move between screens as the app's links do (`goInApp`), not by loading the page again.
 */
const MARK = 'Quintanilla';
const CONTACTS = [
  seedContact('rosa', `Rosa ${MARK}`, { role: 'caregiver', mayPickUpChildren: true }),
  seedContact('line', `Línea ${MARK}`, { role: 'rapid-response', phones: ['+12135550199'] }),
];
const REVIEWED = '2019';
const PLAN: PlanSeed = {
  household: { skipped: false, data: { people: [seedChild('sofi', `Sofía ${MARK}`)] } },
  documents: {
    skipped: false,
    data: { items: [{ id: 'passports', have: 'yes', originalWhere: `Caja ${MARK}`, copyWith: '' }] },
  },
  legal: {
    skipped: false,
    data: { lawyer: 'rosa', g28Signed: 'no', g28With: '', rapidResponse: 'line', notes: `Notas ${MARK}` },
  },
  money: {
    skipped: false,
    data: {
      bankAccess: `Banco ${MARK}`,
      rentAndBills: '',
      lastPaycheck: '',
      powerOfAttorney: 'no',
      powerOfAttorneyWith: '',
      savings: '',
    },
  },
  // The review holds only a date: its year stands for what the screen shows of the family.
  review: { skipped: false, data: { lastReviewed: `${REVIEWED}-03-17` } },
  myPlan: {
    skipped: false,
    data: {
      atHome: `Casa ${MARK}`,
      atWork: '',
      onStreetOrCar: '',
      callFirst: 'rosa',
      memorized: 'rosa',
      familyMessage: '',
    },
  },
};
/** An incident record (issue 13) and the alert set up for "Agents at my home", sent to Rosa. */
const RECORD_ID = 'rec-quick-exit';
/** The screens that show the seeded contacts, plan, record or alert. */
const PERSONAL = [
  '/contacts',
  '/contacts/practice',
  '/contacts/wallet',
  '/help',
  '/alert',
  `/record/${RECORD_ID}`,
  '/plan/household',
  '/plan/children',
  '/plan/documents',
  '/plan/legal-help',
  '/plan/money-and-home',
  '/plan/my-raid-plan',
  '/plan/review',
  '/plan/ten-minutes',
  '/plan/print',
  '/plan/caregiver',
];
const HOME = { en: 'Know your rights', es: 'Conozca sus derechos' } as const;
const EXIT = { en: 'Exit and lock', es: 'Salir y bloquear' } as const;
const ERASE = { en: 'Delete all my data…', es: 'Borrar todos mis datos…' } as const;
const YES = { en: 'Yes, delete everything', es: 'Sí, borrar todo' } as const;
const LOCK_NOW = { en: 'Lock now', es: 'Bloquear ahora' } as const;
const MORE = { en: 'More', es: 'Más' } as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LOCALES: [string, Lang][] = [
  ['en-US', 'en'],
  ['es-US', 'es'],
];

const PASSPHRASE = 'river candle orbit tulip';

/** The contacts and household seeded, then a lock set over them in Settings: this page holds the key. */
async function lockedWithData(page: Page, url: string, lang: Lang): Promise<void> {
  await page.goto(`${url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  // The incident record and the alert's set-up too: screens with personal data the Exit must leave.
  await seedRecords(page, PLAN, CONTACTS, {
    incidents: {
      [RECORD_ID]: { id: RECORD_ID, createdAt: new Date().toISOString(), where: `Calle ${MARK}` },
    },
    alerts: {
      home: {
        messages: { en: 'I am safe.', es: 'Estoy bien.' },
        usePlanMessage: false,
        recipients: ['rosa'],
      },
    },
  });
  await page.goto(`${url}/settings`);
  await expect(heading(page)).toHaveText(LOCK_WORDS[lang].settings);
  await setLockTo(page, lang, PASSPHRASE);
}

/** Everything of the page a person or a script could read: its markup and what its fields hold. */
const pageText = (page: Page) =>
  page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll<HTMLInputElement>('input, textarea')].map((field) => field.value),
    ].join('\n'),
  );

/** What `visibilitychange` says when the phone's screen turns off or another app comes in front. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/** Settings → "Lock by itself": the choice named `label`, saved (read back once the screen opens again). */
async function chooseAutoLock(page: Page, label: RegExp): Promise<void> {
  await goInApp(page, '/settings');
  await page.getByRole('radio', { name: label }).check();
  await goInApp(page, '/');
  await goInApp(page, '/settings');
  await expect(page.getByRole('radio', { name: label })).toBeChecked();
}

for (const [locale, lang] of LOCALES) {
  test(`Exit on every screen with personal data shows the rights home, nothing personal left (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await lockedWithData(page, server.url, lang);
    for (const [index, path] of PERSONAL.entries()) {
      await goInApp(page, path);
      // Locked by the last screen's Exit: unlocked again, as the person would.
      if (index > 0) await unlockWith(page, lang, PASSPHRASE);
      const shown = path === '/plan/review' ? REVIEWED : MARK;
      await expect.poll(() => pageText(page), path).toContain(shown);
      const entries = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: EXIT[lang], exact: true }).click();
      await expect(heading(page), path).toHaveText(HOME[lang]);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await pageText(page), path).not.toContain(shown);
      // The screen's history entry became the home's: no new entry, no state kept with it.
      expect(await page.evaluate(() => [history.length, history.state]), path).toEqual([entries, null]);
    }
    await context.close();
  });
}

test('Exit in one tab locks every tab: another shows the unlock form at once, nothing personal left', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await lockedWithData(page, server.url, 'en');
  // Two more tabs of the app, each unlocked (a key is one tab's): the contacts, and the red card, whose
  // emergency bar offers to call the first contact by name.
  const contacts = await context.newPage();
  await contacts.goto(`${server.url}/contacts`);
  await unlockWith(contacts, 'en', PASSPHRASE);
  await expect(heading(contacts)).toHaveText(LOCK_WORDS.en.contacts);
  await expect.poll(() => pageText(contacts)).toContain(MARK);
  const card = await context.newPage();
  await card.goto(`${server.url}/contacts`);
  await unlockWith(card, 'en', PASSPHRASE);
  await expect(heading(card)).toHaveText(LOCK_WORDS.en.contacts);
  await goInApp(card, '/card');
  await expect(card.locator('.emergency-who')).toHaveText(`Rosa ${MARK}`);

  await page.bringToFront();
  await goInApp(page, '/contacts');
  await expect.poll(() => pageText(page)).toContain(MARK);
  await page.getByRole('button', { name: EXIT.en, exact: true }).click();
  await expect(heading(page)).toHaveText(HOME.en);

  await expect(heading(contacts)).toHaveText(LOCK_WORDS.en.unlockTitle);
  await expect.poll(() => pageText(contacts)).not.toContain(MARK);
  await expect(card.locator('.emergency-who')).toHaveCount(0);
  await expect.poll(() => pageText(card)).not.toContain(MARK);
  // Locked, not logged out of the rest: the card's own screen stays.
  await expect(card.getByRole('link', { name: 'Real warrant?' })).toBeVisible();
  await context.close();
});

test('with a lock set the top bar keeps to one row on a 360 px phone, every control at least 44×44 px', async ({
  browser,
  server,
}) => {
  for (const [locale, lang] of LOCALES) {
    const context = await browser.newContext({
      locale,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await lockedWithData(page, server.url, lang);
    await goInApp(page, '/card');
    await expect(page.getByRole('button', { name: EXIT[lang], exact: true })).toBeVisible();
    const bar = await page.locator('.topbar').boundingBox();
    const controls = await page
      .locator('.topbar')
      .locator('a, button')
      .evaluateAll((all) => all.map((control) => control.getBoundingClientRect().toJSON() as DOMRect));
    // The language buttons, "Exit" and "More" side by side; the bar no higher than two lines of the name.
    const buttons = controls.slice(1);
    expect(buttons.length, locale).toBe(4);
    expect(new Set(buttons.map((box) => Math.round(box.top))).size, locale).toBe(1);
    expect(bar?.height, locale).toBeLessThanOrEqual(72);
    for (const box of controls)
      expect(Math.min(box.width, box.height), locale).toBeGreaterThanOrEqual(44 - 0.5);
    await context.close();
  }
});

for (const [locale, lang] of LOCALES) {
  test(`"Delete all my data" is two steps from any screen: hold Exit, then the menu (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await lockedWithData(page, server.url, lang);
    await goInApp(page, '/contacts');
    await expect(page.getByText(`Rosa ${MARK}`)).toBeVisible();
    const exit = page.getByRole('button', { name: EXIT[lang], exact: true });
    // 1: the long press (its contextmenu event, as Android sends it; a right click here), or the down arrow.
    if (lang === 'en') await exit.click({ button: 'right' });
    else await exit.press('ArrowDown');
    await expect(page.getByRole('button', { name: LOCK_NOW[lang] })).toBeFocused();
    await page.getByRole('button', { name: ERASE[lang] }).click(); // 2
    // Settings → Your data, its question asked: focused, so a screen reader reads it first.
    await expect(page).toHaveURL(/\/settings\/data\?delete$/);
    await expect(page.locator('#data-delete-question')).toBeFocused();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: YES[lang] }).click(); // the second "yes"
    await expect(page.locator('.data-result')).toBeVisible();
    // Everything went: the contacts, and the lock with them (no Exit any more).
    await page.goto(`${server.url}/contacts`);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('button', { name: EXIT[lang], exact: true })).toHaveCount(0);
    expect(await pageText(page)).not.toContain(MARK);
    await context.close();
  });
}

test('the app locks by itself once hidden, and hides the screen while hidden (both languages)', async ({
  browser,
  server,
}) => {
  for (const [locale, lang] of LOCALES) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await lockedWithData(page, server.url, lang);
    await chooseAutoLock(page, lang === 'en' ? /As soon as/ : /Apenas/);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
    await goInApp(page, '/contacts');
    await expect(page.getByText(`Rosa ${MARK}`)).toBeVisible();
    await expect(page.getByRole('button', { name: EXIT[lang], exact: true })).toBeVisible();
    await setVisibility(page, 'hidden');
    await expect(page.locator('main')).toBeHidden();
    await setVisibility(page, 'visible');
    await expect(heading(page)).toHaveText(HOME[lang]);
    await expect(page.locator('main')).toBeVisible();
    expect(await pageText(page)).not.toContain(MARK);
    await context.close();
  }
});

test('unset, the auto-lock waits 5 minutes hidden (a frozen page counts on return)', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await lockedWithData(page, server.url, 'en');
  await goInApp(page, '/contacts');
  await expect(page.getByText(`Rosa ${MARK}`)).toBeVisible();
  await expect(page.getByRole('button', { name: EXIT.en, exact: true })).toBeVisible();
  await setVisibility(page, 'hidden');
  await page.clock.fastForward('04:50');
  await setVisibility(page, 'visible');
  await expect(page.getByText(`Rosa ${MARK}`)).toBeVisible();
  await setVisibility(page, 'hidden');
  await page.clock.fastForward('05:01');
  await setVisibility(page, 'visible');
  await expect(heading(page)).toHaveText(HOME.en);
  expect(await pageText(page)).not.toContain(MARK);
  await context.close();
});

test('a hide right after tapping Call does not lock; a later one does', async ({ browser, server }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await lockedWithData(page, server.url, 'en');
  await chooseAutoLock(page, /As soon as/);
  await goInApp(page, '/contacts');
  await expect(page.getByText(`Rosa ${MARK}`)).toBeVisible();
  await expect(page.getByRole('button', { name: EXIT.en, exact: true })).toBeVisible();
  // The phone app would open: this browser has none, so the link goes nowhere.
  await page.evaluate(() => addEventListener('click', (event) => event.preventDefault()));
  await page
    .getByRole('link', { name: /Call Rosa/ })
    .first()
    .click();
  await setVisibility(page, 'hidden');
  await setVisibility(page, 'visible');
  await expect(page.getByText(`Rosa ${MARK}`)).toBeVisible();
  await page.clock.fastForward('00:11');
  await setVisibility(page, 'hidden');
  await setVisibility(page, 'visible');
  await expect(heading(page)).toHaveText(HOME.en);
  await context.close();
});

test('axe finds no violations in the top bar with a lock set, its menu closed and open (both languages)', async ({
  browser,
  server,
}) => {
  for (const [locale, lang] of LOCALES) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await lockedWithData(page, server.url, lang);
    for (const path of ['/', '/contacts']) {
      await goInApp(page, path);
      await expect(heading(page)).toBeFocused(); // drawn: a menu opened before would close as it takes focus
      const exit = page.getByRole('button', { name: EXIT[lang], exact: true });
      await expect(exit).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
      // And with its menu open.
      await exit.press('ArrowDown');
      await expect(page.getByRole('button', { name: ERASE[lang] })).toBeVisible();
      const open = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(open.violations.map((v) => `${path}, menu open: ${v.id}`)).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await context.close();
  }
});

test('a lock set from the plan’s offer brings Exit and the auto-lock at once, with no move to another screen', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${server.url}/plan/household`);
  const words = LOCK_WORDS.en;
  await page
    .getByRole('region', { name: 'Lock your data first?' })
    .getByRole('button', { name: 'Set a lock now' })
    .click();
  await page.getByLabel(words.next, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(words.again, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(words.understand).check();
  await page.getByRole('button', { name: words.submit }).click();
  await expect(page.getByText(words.done)).toBeVisible();
  // Still the household, never left: Exit is there already.
  await expect(heading(page)).toHaveText(words.household);
  await expect(page.getByRole('button', { name: EXIT.en, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Full name').fill(`Sofía ${MARK}`);
  // The auto-lock runs too: hidden, the screen's content goes; hidden 5 minutes (unset), it locks.
  await setVisibility(page, 'hidden');
  await expect(page.locator('main')).toBeHidden();
  await page.clock.fastForward('05:01');
  await setVisibility(page, 'visible');
  await expect(heading(page)).toHaveText(HOME.en);
  expect(await pageText(page)).not.toContain(MARK);
  await goInApp(page, '/plan/household');
  await expect(heading(page)).toHaveText(words.unlockTitle);
  await context.close();
});

/**
 * Taps from `path` to the "Delete all my data" question: "More" (1), then "Delete all my data…" (2). Was
 * 3 from home and 4 from any other screen with no lock (the app's name, Settings, Your data, Delete all),
 * and with a lock a long press whose hint no one could see.
 */
async function twoTapsToErase(page: Page, path: string, lang: Lang): Promise<void> {
  await goInApp(page, path);
  await expect(heading(page), path).toBeVisible();
  await page.getByRole('button', { name: MORE[lang], exact: true }).tap(); // 1
  await expect(page.getByRole('button', { name: MORE[lang], exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.getByRole('button', { name: ERASE[lang] }).tap(); // 2
  await expect(page, path).toHaveURL(/\/settings\/data\?delete$/);
  await expect(page.locator('#data-delete-question'), path).toBeFocused();
  await expect(page.getByRole('button', { name: YES[lang] }), path).toBeVisible(); // the second "yes"
}

const ERASE_FROM = ['/guides/agents-at-your-door', '/card', '/contacts'];

for (const [locale, lang] of LOCALES) {
  test(`"Delete all my data" is two taps from a guide, the card and the contacts, with no lock and with one (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({
      locale,
      hasTouch: true,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    for (const path of ERASE_FROM) await twoTapsToErase(page, path, lang);
    // The menu with no lock holds only the deletion; axe finds nothing with it open.
    await goInApp(page, '/contacts');
    // The screen shown first, as a person sees it: its heading takes the focus once it is drawn.
    await expect(heading(page)).toBeFocused();
    await page.getByRole('button', { name: MORE[lang], exact: true }).press('Enter');
    await expect(page.getByRole('button', { name: ERASE[lang] })).toBeFocused();
    await expect(page.getByRole('button', { name: LOCK_NOW[lang] })).toHaveCount(0);
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
    // Escape closes it, back on "More".
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: ERASE[lang] })).toHaveCount(0);
    await expect(page.getByRole('button', { name: MORE[lang], exact: true })).toBeFocused();

    await lockedWithData(page, server.url, lang);
    for (const path of ERASE_FROM) await twoTapsToErase(page, path, lang);
    await context.close();
  });
}

test('the menu opened while a screen’s code loads stays open once the screen is drawn; a navigation still focuses the heading', async ({
  browser,
  server,
}) => {
  // No worker: the card's code comes from the server, where it is held back until the menu is open.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const held: (() => Promise<void>)[] = [];
  await page.route(/\/assets\/RedCardScreen-[\w-]+\.js$/, (route) => void held.push(() => route.continue()));
  await page.goto(`${server.url}/`);
  const more = page.getByRole('button', { name: MORE.en, exact: true });
  await expect(more).toBeVisible();
  await goInApp(page, '/card');
  await more.click();
  await expect(page.getByRole('button', { name: ERASE.en })).toBeFocused();
  await Promise.all(held.splice(0).map((release) => release()));
  await expect(heading(page)).toHaveText('Red card');
  // Two frames: the screen's effects, its move of the focus among them, have run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.getByRole('button', { name: ERASE.en })).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  // Closed, the next screen takes the focus as ever, so a screen reader says where the person is.
  await page.keyboard.press('Escape');
  await goInApp(page, '/help');
  await expect(heading(page)).toHaveText('Get help');
  await expect(heading(page)).toBeFocused();
  await context.close();
});
