import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { seed } from './support/seed-contacts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DOOR = '/guides/agents-at-your-door';

function bar(page: Page) {
  return page.getByRole('navigation', { name: /In an emergency|En una emergencia/ });
}

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

test('the emergency screens are no dead ends: the card, the warrant check and the calls stay one tap away', async ({
  page,
  server,
}) => {
  await page.goto(server.url + DOOR);
  await expect(heading(page)).toHaveText('Agents at your door');
  // Nothing saved yet: the card, the warrant check and the alert, no call buttons.
  await expect(bar(page).getByRole('link')).toHaveText(['Red card', 'Real warrant?', 'Alert my people']);
  await expect(bar(page).getByRole('link', { name: 'Alert my people' })).toHaveAttribute('href', '/alert');
  // The warrant step of "right now" opens the warrant check.
  const step = page.locator('.right-now .steps li').nth(1);
  await expect(step.getByRole('link', { name: 'Open “Is this a real warrant?”' })).toHaveAttribute(
    'href',
    '/warrant',
  );

  await seed(page, {
    contacts: [
      { id: 'c1', name: 'Rosa Díaz', phones: ['+12135550100'] },
      { id: 'c2', name: 'Lic. Torres', phones: ['+12135550102'], role: 'lawyer' },
      // The local line is a contact (the one place it is kept), whatever its place in the list.
      { id: 'c3', name: 'Valley Rapid Response', phones: ['+12135550199'], role: 'rapid-response' },
    ],
  });
  await expect(bar(page).getByRole('link')).toHaveText([
    'Red card',
    'Real warrant?',
    'Alert my people',
    'Call Rosa Díaz',
    'Call local line',
  ]);
  await expect(bar(page).getByRole('link', { name: 'Call Rosa Díaz' })).toHaveAttribute(
    'href',
    'tel:+12135550100',
  );
  await expect(bar(page).getByRole('link', { name: 'Call local line' })).toHaveAttribute(
    'href',
    'tel:+12135550199',
  );
  // It stays at the bottom of the screen while the guide is read from the top.
  const box = await bar(page).boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(740, -1);
  for (const link of await bar(page).getByRole('link').all()) {
    const target = await link.boundingBox();
    expect(target?.height).toBeGreaterThanOrEqual(44);
    expect(target?.width).toBeGreaterThanOrEqual(44);
  }

  await bar(page).getByRole('link', { name: 'Red card' }).click();
  await expect(heading(page)).toHaveText('Red card');
  await expect(bar(page).getByRole('link')).toHaveText([
    'Real warrant?',
    'Alert my people',
    'Call Rosa Díaz',
    'Call local line',
  ]);

  await bar(page).getByRole('link', { name: 'Real warrant?' }).click();
  await expect(heading(page)).toHaveText('Is this a real warrant?');
  await page.getByRole('button', { name: 'Not sure' }).click();
  await expect(
    page.getByRole('heading', { name: 'If you are not sure, do not open the door' }),
  ).toBeVisible();
  await expect(bar(page).getByRole('link')).toHaveText([
    'Red card',
    'Alert my people',
    'Call Rosa Díaz',
    'Call local line',
  ]);
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual(
    [],
  );

  await page.emulateMedia({ media: 'print' });
  await expect(bar(page)).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // The alert is one tap away from every emergency screen.
  await bar(page).getByRole('link', { name: 'Alert my people' }).click();
  await expect(heading(page)).toHaveText('Alert my people');
});

test('in Spanish the bar speaks Spanish and fits a 360 px phone', async ({ browser, server }) => {
  const context = await browser.newContext({
    locale: 'es-US',
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(server.url + '/card');
  await expect(heading(page)).toHaveText('Tarjeta roja');
  await expect(bar(page).getByRole('link')).toHaveText(['¿Orden real?', 'Avisar a mi gente']);
  await page.goto(server.url + DOOR);
  await expect(bar(page).getByRole('link')).toHaveText(['Tarjeta roja', '¿Orden real?', 'Avisar a mi gente']);
  await expect(bar(page).getByRole('link', { name: 'Avisar a mi gente' })).toHaveAttribute('href', '/alert');
  await expect(
    page.locator('.right-now .steps li').nth(1).getByRole('link', { name: 'Abrir “¿Es una orden real?”' }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // A longer "right now" (with the meanings in Spanish) fills the first screen: the bar waits at the end
  // rather than lie over it, and stays at the bottom once the block has been read.
  await page.goto(server.url + '/guides/on-the-street');
  const top = () => bar(page).evaluate((element) => element.getBoundingClientRect().top);
  expect(await top()).toBeGreaterThan(740);
  await page.mouse.wheel(0, 400);
  await expect.poll(async () => Math.round((await bar(page).boundingBox())?.y ?? 0)).toBeLessThan(740);
  const box = await bar(page).boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(740, -1);
  await context.close();
});

// Five buttons at once (nothing left out: the guide's bar, with both numbers saved), on the narrowest
// phones, in the built-in languages and two long ones (Tagalog's "Abisuhan ang aking mga mahal sa buhay").
for (const locale of ['en-US', 'es-US', 'tl-PH', 'ru-RU']) {
  test(`with every button, the bar fits a 320 px and a 360 px phone and never covers "right now" (${locale})`, async ({
    browser,
    server,
  }) => {
    for (const width of [320, 360]) {
      const context = await browser.newContext({
        locale,
        viewport: { width, height: 640 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      const nav = page.locator('nav.emergency-bar');
      await page.goto(server.url + DOOR);
      await expect(nav).toBeVisible();
      await seed(page, {
        contacts: [
          { id: 'c1', name: 'Maria de los Angeles Hernandez', phones: ['+12135550100'] },
          { id: 'c2', name: 'Valley Rapid Response', phones: ['+12135550199'], role: 'rapid-response' },
        ],
      });
      const links = nav.getByRole('link');
      await expect(links).toHaveCount(5);
      await expect(links.nth(2)).toHaveAttribute('href', '/alert');
      const label = `${locale} at ${width} px`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(
        width,
      );
      // Every button at least 44 × 44 px, and every word inside it (none runs past its edge). Polled: a
      // pack language's screen may be drawn again as its strings arrive.
      await expect
        .poll(
          () =>
            links.evaluateAll((elements) =>
              elements
                .map((element) => {
                  const box = element.getBoundingClientRect();
                  return {
                    text: element.textContent,
                    width: box.width,
                    height: box.height,
                    inside: element.scrollWidth <= element.clientWidth,
                  };
                })
                .filter((target) => target.width < 44 || target.height < 44 || !target.inside),
            ),
          label,
        )
        .toEqual([]);
      // "Right now" scrolled to end 80 px above the screen's bottom: less than this bar's height in every
      // language here, more than the 4.5 rem once kept free for it. The bar must not float over the block.
      await page.evaluate(() => {
        const bottom = document.querySelector('.right-now')?.getBoundingClientRect().bottom ?? 0;
        window.scrollBy(0, bottom - (window.innerHeight - 80));
      });
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const block = document.querySelector('.right-now')?.getBoundingClientRect();
              const bar = document.querySelector('nav.emergency-bar')?.getBoundingClientRect();
              return block !== undefined && bar !== undefined && bar.top >= Math.floor(block.bottom);
            }),
          label,
        )
        .toBe(true);
      await context.close();
    }
  });
}
