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
  // Nothing saved yet: the card and the warrant check, no call buttons.
  await expect(bar(page).getByRole('link')).toHaveText(['Red card', 'Real warrant?']);
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
    'Call Rosa Díaz',
    'Call local line',
  ]);

  await bar(page).getByRole('link', { name: 'Real warrant?' }).click();
  await expect(heading(page)).toHaveText('Is this a real warrant?');
  await page.getByRole('button', { name: 'Not sure' }).click();
  await expect(
    page.getByRole('heading', { name: 'If you are not sure, do not open the door' }),
  ).toBeVisible();
  await expect(bar(page).getByRole('link')).toHaveText(['Red card', 'Call Rosa Díaz', 'Call local line']);
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual(
    [],
  );

  await page.emulateMedia({ media: 'print' });
  await expect(bar(page)).toBeHidden();
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
  await expect(bar(page).getByRole('link')).toHaveText(['¿Orden real?']);
  await page.goto(server.url + DOOR);
  await expect(bar(page).getByRole('link')).toHaveText(['Tarjeta roja', '¿Orden real?']);
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
