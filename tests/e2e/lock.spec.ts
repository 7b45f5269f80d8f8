import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, heading, test, type Lang } from './support/app';
import { LOCK_WORDS, unlockWith } from './support/lock-ui';
import { seedChild, seedContact, seedRecords } from './support/seed-records';

// Issue 11: the lock's screens. A lock set in Settings → Privacy; after a reload (the key is in the
// page's memory only) every screen with personal data asks for the passphrase, the rights never do.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const WORDS = LOCK_WORDS;

const ROSA = 'Rosa Zq7marker';
const SOFI = 'Sofía Zq7marker';

/** Sets a lock in Settings → Privacy with words the app chooses; returns the passphrase. */
async function setLockWithWords(page: Page, lang: Lang): Promise<string> {
  const words = WORDS[lang];
  await page.getByRole('button', { name: words.set }).click();
  await page.getByRole('button', { name: words.choose }).click();
  const first = page.getByLabel(words.next, { exact: true });
  await expect(first).not.toHaveValue('');
  const passphrase = await first.inputValue();
  expect(passphrase.split(' ').length).toBeGreaterThanOrEqual(4);
  await page.getByLabel(words.again, { exact: true }).fill(passphrase);
  await page.getByLabel(words.understand).check();
  await page.getByRole('button', { name: words.submit }).click();
  await expect(page.getByText(words.done)).toBeVisible();
  return passphrase;
}

for (const lang of ['es', 'en'] as const) {
  test(`a lock set in ${lang}: after a reload contacts and the plan ask for it, the rights do not`, async ({
    browser,
    server,
  }) => {
    const words = WORDS[lang];
    const context = await browser.newContext({ locale: lang === 'es' ? 'es-US' : 'en-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan/household`);
    await expect(heading(page)).toHaveText(words.household);
    const household = { skipped: false, data: { people: [seedChild('sofi', SOFI)] } };
    await seedRecords(page, { household }, [seedContact('rosa', ROSA)]);

    await page.goto(`${server.url}/settings`);
    await expect(heading(page)).toHaveText(words.settings);
    const passphrase = await setLockWithWords(page, lang);

    // The key lives in the page's memory only: a reload is a locked app.
    await page.goto(`${server.url}/contacts`);
    await expect(heading(page)).toHaveText(words.unlockTitle);
    await expect(page.getByText(ROSA)).toHaveCount(0);
    await unlockWith(page, lang, `${passphrase} wrong`);
    const field = page.getByLabel(words.passphrase, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(`${words.wrong} ${words.waitOne}`)).toBeVisible();
    await expect(page.getByText(ROSA)).toHaveCount(0);

    await page.reload(); // the courtesy wait does not outlive the page
    await expect(heading(page)).toHaveText(words.unlockTitle);
    await unlockWith(page, lang, passphrase);
    await expect(heading(page)).toHaveText(words.contacts); // the screen itself, no reload
    await expect(page.getByText(ROSA).first()).toBeVisible();

    await page.goto(`${server.url}/plan/household`);
    await expect(heading(page)).toHaveText(words.unlockTitle);
    await unlockWith(page, lang, passphrase);
    await expect(heading(page)).toHaveText(words.household);
    await expect(page.locator('#person-sofi-name')).toHaveValue(SOFI);

    await page.goto(`${server.url}/plan`);
    await expect(heading(page)).toHaveText(words.unlockTitle);

    // The rights open with no passphrase; help asks only for the saved numbers.
    for (const path of ['/', '/guides', '/guides/agents-at-your-door', '/card', '/warrant']) {
      await page.goto(server.url + path);
      await expect(heading(page)).not.toHaveText(words.unlockTitle);
      await expect(page.getByLabel(words.passphrase, { exact: true })).toHaveCount(0);
    }
    await page.goto(`${server.url}/help`);
    await expect(page.getByRole('heading', { name: words.helpWarning })).toBeVisible();
    await expect(page.getByText(words.numbersLocked)).toBeVisible();
    await unlockWith(page, lang, passphrase);
    await expect(page.getByText(words.numbersLocked)).toHaveCount(0);
    await context.close();
  });
}

const OFFER = { en: 'Lock your data first?', es: '¿Bloquear sus datos primero?' } as const;

test('the plan offers a lock once, before the first A-number or name; "Set a lock now" sets it there', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}/plan/household`);
  const offer = page.getByRole('region', { name: OFFER.en });
  await expect(offer).toBeVisible();
  await page.reload();
  await expect(heading(page)).toHaveText(WORDS.en.household);
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeVisible();
  await expect(offer).toHaveCount(0); // asked once: not again, here or in the ten-minute plan
  await page.goto(`${server.url}/plan/ten-minutes`);
  await expect(heading(page)).toHaveText('The ten-minute plan');
  await expect(page.getByRole('heading', { name: OFFER.en })).toHaveCount(0);

  const other = await (await browser.newContext({ locale: 'es-US' })).newPage();
  await other.goto(`${server.url}/plan/ten-minutes`);
  await other.getByRole('button', { name: 'Poner un bloqueo ahora' }).click();
  await other.getByLabel(WORDS.es.next, { exact: true }).fill('nube trigo farol pesca');
  await other.getByLabel(WORDS.es.again, { exact: true }).fill('nube trigo farol pesca');
  await other.getByLabel(WORDS.es.understand).check();
  await other.getByRole('button', { name: WORDS.es.submit }).click();
  await expect(other.getByText(WORDS.es.done)).toBeVisible();
  await other.reload();
  await expect(heading(other)).toHaveText(WORDS.es.unlockTitle);
  await context.close();
  await other.context().close();
});

test('Your data while locked: saving and importing ask to unlock, "Delete all my data" does not', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}/plan/household`);
  await expect(heading(page)).toHaveText(WORDS.en.household);
  await seedRecords(page, {}, [seedContact('rosa', ROSA)]);
  await page.goto(`${server.url}/settings`);
  await setLockWithWords(page, 'en');

  await page.goto(`${server.url}/settings/data`); // forgot the passphrase: start over
  await expect(page.getByLabel(WORDS.en.passphrase, { exact: true })).toBeVisible();
  await expect(page.getByTestId('data-on-phone')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this phone.')).toBeFocused();
  await expect(page.getByTestId('data-on-phone')).toContainText('Contacts: 0');
  await expect(page.getByLabel(WORDS.en.passphrase, { exact: true })).toHaveCount(0);

  await page.goto(`${server.url}/contacts`);
  await expect(heading(page)).toHaveText(WORDS.en.contacts);
  await expect(page.getByText(ROSA)).toHaveCount(0);
  await context.close();
});

for (const lang of ['en', 'es'] as const) {
  test(`axe finds no violations on the lock's screens (${lang})`, async ({ browser, server }) => {
    const words = WORDS[lang];
    const context = await browser.newContext({
      locale: lang === 'es' ? 'es-US' : 'en-US',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const found: string[] = [];
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found.push(...results.violations.map((v) => `${what}: ${v.id} (${v.nodes.length})`));
    };

    await page.goto(`${server.url}/plan/household`);
    await expect(page.getByRole('heading', { name: OFFER[lang] })).toBeVisible();
    await check('the offer');

    await page.goto(`${server.url}/settings`);
    await page.getByRole('button', { name: words.set }).click();
    await page.getByRole('button', { name: words.submit }).click(); // empty: errors beside the fields
    await expect(page.getByLabel(words.next, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await check('setting a lock, with errors');
    await page.getByRole('button', { name: lang === 'en' ? 'Cancel' : 'Cancelar' }).click();
    const passphrase = await setLockWithWords(page, lang);
    await check('the lock on');
    for (const form of [
      lang === 'en' ? 'Change the passphrase' : 'Cambiar la contraseña',
      lang === 'en' ? 'Remove the lock' : 'Quitar el bloqueo',
    ]) {
      await page.getByRole('button', { name: form }).click();
      await check(form);
      await page.getByRole('button', { name: lang === 'en' ? 'Cancel' : 'Cancelar' }).click();
    }

    await page.goto(`${server.url}/contacts`);
    await unlockWith(page, lang, `${passphrase}x`);
    await expect(page.getByText(words.wrong)).toBeVisible();
    await check('unlocking, with a wrong passphrase');
    await page.goto(`${server.url}/help`);
    await expect(page.getByText(words.numbersLocked)).toBeVisible();
    await check('help, locked');
    expect(found).toEqual([]);
    await context.close();
  });
}
