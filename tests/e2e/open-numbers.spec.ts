import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, heading, test, type Lang } from './support/app';
import { LOCK_WORDS, setLockTo, unlockWith } from './support/lock-ui';
import { seedContact, seedRecords } from './support/seed-records';

// Issue 11, "Emergency numbers while locked": one choice, made when the lock is set. Yes: after a reload
// (locked) the help screen and the red card's emergency bar still call the lawyer and the local line. No:
// nothing saved is shown until the passphrase is typed.

const PASSPHRASE = 'harbor violet candle orbit';
const WORDS = LOCK_WORDS.en;
const LAWYER = { name: 'Lic. Ruiz', tel: 'tel:+12135550104' };
const LINE = { name: 'Valley Rapid Response', tel: 'tel:+12135550105' };
const ROSA = { name: 'Rosa Díaz', tel: 'tel:+12135550101' };

const bar = (page: Page) => page.getByRole('navigation', { name: 'In an emergency' });

/**
 * Whether the open list of numbers is on the phone, read from the database itself: a page load started
 * while the tap's write is still running would abort it (a person does not reload within milliseconds).
 */
const listStored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('defend-your-rights'); // the version the app opened
        request.onerror = () => resolve(true);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('settings').objectStore('settings').get('openNumbers');
          read.onsuccess = () => {
            db.close();
            resolve(read.result !== undefined);
          };
          read.onerror = () => (db.close(), resolve(true));
        };
      }),
  );
const callNow = (page: Page) => page.locator('.call-now');

async function lockWith(page: Page, server: { url: string }, openNumbers: boolean, lang: Lang = 'en') {
  const words = LOCK_WORDS[lang];
  await page.goto(`${server.url}/plan/household`); // opens the database for the seed
  await expect(heading(page)).toHaveText(words.household);
  await seedRecords(page, {}, [
    seedContact('rosa', ROSA.name, { phones: ['+12135550101'] }),
    seedContact('ruiz', LAWYER.name, { phones: ['+12135550104'], role: 'lawyer', order: 1 }),
    seedContact('line', LINE.name, { phones: ['+12135550105'], role: 'rapid-response', order: 2 }),
  ]);
  await page.goto(`${server.url}/settings`);
  await expect(heading(page)).toHaveText(words.settings);
  await setLockTo(page, lang, PASSPHRASE, openNumbers);
  await expect(page.getByLabel(openNumbers ? words.openYes : words.openNo)).toBeChecked();
}

test('with "yes", a locked app still calls the lawyer and the local line from help and the emergency bar', async ({
  page,
  server,
}) => {
  await lockWith(page, server, true);

  await page.goto(`${server.url}/help`); // a reload: the app is locked
  await expect(page.getByText(WORDS.numbersLocked)).toBeVisible();
  await expect(callNow(page).getByRole('link', { name: /Call your lawyer/ })).toHaveAttribute(
    'href',
    LAWYER.tel,
  );
  await expect(
    callNow(page).getByRole('link', { name: /Call your local rapid-response line/ }),
  ).toHaveAttribute('href', LINE.tel);
  await expect(callNow(page)).toContainText(LAWYER.name);

  await page.goto(`${server.url}/card`);
  await expect(bar(page).getByRole('link', { name: 'Call local line' })).toHaveAttribute('href', LINE.tel);
  await expect(bar(page).getByRole('link', { name: `Call ${ROSA.name}` })).toHaveAttribute('href', ROSA.tel);

  // Changed later in Settings → Privacy, while locked: "no" closes it at once, with no passphrase.
  await page.goto(`${server.url}/settings`);
  expect(await listStored(page)).toBe(true); // what the read below sees gone, it sees here
  await page.getByLabel(WORDS.openNo).check();
  await expect(page.getByLabel(WORDS.openNo)).toBeChecked();
  await expect.poll(() => listStored(page)).toBe(false);
  await page.goto(`${server.url}/card`);
  await expect(bar(page).getByRole('link')).toHaveText(['Real warrant?', 'Alert my people']); // no call
  // "Yes" again needs the key: the list is made from the locked records.
  await page.goto(`${server.url}/settings`);
  // The choice as read from the phone is on screen before it is changed (a tap before that read lands on nothing).
  await expect(page.getByLabel(WORDS.openNo)).toBeChecked();
  await page.getByLabel(WORDS.openYes).click(); // refused, so the box does not stay checked
  await expect(page.getByRole('alert')).toHaveText('Unlock the app first. Then you can choose yes.');
  await expect(page.getByLabel(WORDS.openNo)).toBeChecked();
});

test('with "no", a locked app shows no saved number anywhere until it is unlocked', async ({
  page,
  server,
}) => {
  await lockWith(page, server, false);

  await page.goto(`${server.url}/help`);
  await expect(page.getByText(WORDS.numbersLocked)).toBeVisible();
  await expect(page.getByRole('heading', { name: WORDS.helpWarning })).toBeVisible();
  await expect(page.locator('a[href^="tel:+1213"]')).toHaveCount(0);
  await expect(page.getByText(LAWYER.name)).toHaveCount(0);

  await page.goto(`${server.url}/card`);
  await expect(bar(page).getByRole('link')).toHaveText(['Real warrant?', 'Alert my people']); // no call

  // Unlocked, the help screen reads the records as before.
  await page.goto(`${server.url}/help`);
  await unlockWith(page, 'en', PASSPHRASE);
  await expect(callNow(page).getByRole('link', { name: /Call your lawyer/ })).toHaveAttribute(
    'href',
    LAWYER.tel,
  );
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const lang of ['en', 'es'] as const) {
  test(`axe finds no violations on the question and the open numbers (${lang})`, async ({
    browser,
    server,
  }) => {
    const words = LOCK_WORDS[lang];
    const context = await browser.newContext({ locale: lang === 'es' ? 'es-US' : 'en-US' });
    const page = await context.newPage();
    const found: string[] = [];
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found.push(...results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length})`));
    };
    await page.goto(`${server.url}/settings`);
    await page.getByRole('button', { name: words.set }).click();
    await page.getByLabel(words.openYes).check();
    await check('the question in the set-lock form');
    await page.getByRole('button', { name: lang === 'en' ? 'Cancel' : 'Cancelar' }).click();

    await lockWith(page, server, true, lang);
    await check('the choice in Settings, unlocked');
    await page.goto(`${server.url}/help`); // a reload: locked, the open numbers shown
    await expect(page.locator('.call-now a[href^="tel:"]')).toHaveCount(2);
    await check('help, locked, with the numbers open');
    await page.goto(`${server.url}/settings`); // "yes" again needs an unlock, said beside the question
    await page.getByLabel(words.openNo).check();
    await page.getByLabel(words.openYes).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await check('the choice in Settings, locked, refused');
    expect(found).toEqual([]);
    await context.close();
  });
}
