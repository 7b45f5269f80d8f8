import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, heading, test } from './support/app';

// Issue 16, right to left: Arabic (the whole app) and Urdu (the emergency core, the rest in English) lay
// out mirrored on a 360 px phone, with English, phone numbers and A-numbers reading left to right.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 360, height: 740 };

/** The page is right to left, nothing scrolls sideways, and axe finds nothing. */
async function checkScreen(page: Page, where: string) {
  expect(await page.evaluate(() => document.documentElement.dir), where).toBe('rtl');
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(sideways, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    results.violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);

/** Which side of the box its start border is drawn on. */
const borderSide = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.borderRightWidth !== '0px' ? 'right' : style.borderLeftWidth !== '0px' ? 'left' : 'none';
  });

/** The "name / address" label of the drawing lies inside its paper (x 0 to 260), not off its edge. */
const labelInsidePaper = (page: Page) =>
  page
    .locator('.paper-small')
    .first()
    .evaluate((text) => {
      const box = (text as SVGGraphicsElement).getBBox();
      return box.x >= 0 && box.x + box.width <= 260;
    });

/** Answers the warrant check's first answer until it gives a verdict. */
async function answerUntilVerdict(page: Page) {
  for (let step = 0; step < 6 && !(await page.locator('.verdict').isVisible()); step++) {
    await page.locator('.answers button').first().click();
  }
  await expect(page.locator('.verdict')).toBeVisible();
}

test('Arabic: home, card, warrant check, guide, contacts form and plan are mirrored', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'ar', viewport: PHONE });
  const page = await context.newPage();
  // A first visit shows the first screen, then downloads the Arabic pack and switches to it.
  await page.goto(server.url);
  await expect(heading(page)).toHaveText('اعرف حقوقك');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await checkScreen(page, '/');
  // Mirrored: the app's name, first in the top bar, is on the right, the language switch on the left.
  const left = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().left);
  expect(await left('.topbar .brand')).toBeGreaterThan(await left('.topbar .language-switch'));

  await page.goto(`${server.url}/card`);
  await expect(heading(page)).toHaveText('البطاقة الحمراء');
  await checkScreen(page, '/card');
  // The agent side is English, left to right, inside the right-to-left page.
  expect(await direction(page.locator('.card-lines'))).toBe('ltr');

  await page.goto(`${server.url}/warrant`);
  await expect(heading(page)).toHaveText('هل هذه مذكرة حقيقية ("warrant")؟');
  expect(await labelInsidePaper(page)).toBe(true);
  await answerUntilVerdict(page);
  await checkScreen(page, '/warrant');
  expect(await borderSide(page.locator('.verdict'))).toBe('right');

  await page.goto(`${server.url}/guides/agents-at-your-door`);
  await expect(heading(page)).toHaveText('عملاء عند بابك');
  await checkScreen(page, '/guides/agents-at-your-door');
  // What to say to an agent: English, left to right; its box marked on the right, where Arabic starts.
  expect(await direction(page.locator('.phrase-english').first())).toBe('ltr');
  expect(await borderSide(page.locator('.phrases li').first())).toBe('right');

  await page.goto(`${server.url}/contacts`);
  await expect(heading(page)).toHaveText('أرقام الطوارئ');
  await page.getByRole('button', { name: 'أضف جهة اتصال' }).click();
  const phone = page.locator('#contact-phone-0');
  await phone.fill('+1 (213) 555-0142');
  await checkScreen(page, '/contacts (the form)');
  expect(await direction(phone)).toBe('ltr');

  await page.goto(`${server.url}/plan`);
  await expect(heading(page)).toHaveText('خطة العائلة');
  await checkScreen(page, '/plan');
  await page.goto(`${server.url}/plan/household`);
  await expect(heading(page)).toHaveText('أهل البيت');
  await page.locator('#household-add').click();
  const aNumber = page.locator('input[id$="-a-number"]');
  await aNumber.fill('12345678');
  await aNumber.blur();
  await checkScreen(page, '/plan/household');
  expect(await direction(aNumber)).toBe('ltr');
  // The number as saved, in an Arabic sentence, reads left to right.
  expect(await direction(page.locator('[id$="-a-number-saved"] bdi'))).toBe('ltr');
  await context.close();
});

test('Urdu: the core is mirrored, and contacts and the plan open in English, left to right', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'ur', viewport: PHONE });
  const page = await context.newPage();
  await page.goto(server.url);
  await expect(heading(page)).toHaveText('اپنے حقوق جانیں');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await checkScreen(page, '/');

  await page.goto(`${server.url}/card`);
  await expect(heading(page)).toHaveText('سرخ کارڈ');
  await checkScreen(page, '/card');
  expect(await direction(page.locator('.card-lines'))).toBe('ltr');

  await page.goto(`${server.url}/warrant`);
  await expect(heading(page)).toHaveText('کیا یہ اصلی وارنٹ ("warrant") ہے؟');
  expect(await labelInsidePaper(page)).toBe(true);
  await answerUntilVerdict(page);
  await checkScreen(page, '/warrant');
  expect(await borderSide(page.locator('.verdict'))).toBe('right');

  await page.goto(`${server.url}/guides/agents-at-your-door`);
  await expect(heading(page)).toHaveText('ایجنٹ آپ کے دروازے پر');
  await checkScreen(page, '/guides/agents-at-your-door');
  const phrase = page.locator('.right-now .phrase-english').first();
  expect(await direction(phrase)).toBe('ltr');
  expect(await borderSide(page.locator('.right-now .phrases li').first())).toBe('right');

  // Not translated in Urdu: the screen is in English, in a left-to-right part of the right-to-left page.
  await page.goto(`${server.url}/contacts`);
  await expect(heading(page)).toHaveText('Emergency contacts');
  const english = page.locator('main [lang="en"][dir="ltr"]').first();
  expect(await direction(english)).toBe('ltr');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.locator('#contact-phone-0').fill('+1 (213) 555-0142');
  await checkScreen(page, '/contacts (the form)');
  expect(await direction(page.locator('#contact-phone-0'))).toBe('ltr');

  await page.goto(`${server.url}/plan`);
  await expect(heading(page)).toHaveText('Family plan');
  await checkScreen(page, '/plan');
  await page.goto(`${server.url}/plan/household`);
  await expect(heading(page)).toHaveText('Household');
  await page.locator('#household-add').click();
  await checkScreen(page, '/plan/household');
  expect(await direction(page.locator('main [lang="en"][dir="ltr"]').first())).toBe('ltr');
  await context.close();
});

test('at 200 % text on a 390 px phone no Arabic screen scrolls sideways', async ({ browser, server }) => {
  // WCAG 1.4.4 and 1.4.10, as tests/e2e/accessibility.spec.ts checks English and Spanish.
  const context = await browser.newContext({ locale: 'ar', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const sideways: string[] = [];
  for (const path of [
    '/',
    '/guides',
    '/guides/agents-at-your-door',
    '/card',
    '/warrant',
    '/help',
    '/alert',
    '/contacts',
    '/plan',
    '/record',
    '/settings',
  ]) {
    await page.goto(server.url + path);
    await expect(heading(page)).not.toHaveText('');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) sideways.push(`${path}: ${overflow}px`);
  }
  expect(sideways).toEqual([]);
  await context.close();
});
