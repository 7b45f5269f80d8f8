import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Contact } from '../../src/storage/contact-record';
import { expect, heading, test } from './support/app';
import { seedChild, seedContact, seedRecords } from './support/seed-records';

/*
 * The pick-up questions offer only the contacts marked "may pick up the children" (never the lawyer
 * or the hotline), and someone can be marked from the plan without losing what was written there.
 */

const CONTACTS: Contact[] = [
  seedContact('rosa', 'Rosa Pérez', { role: 'caregiver', mayPickUpChildren: true, order: 0 }),
  seedContact('lawyer', 'Lic. Ramírez', { role: 'lawyer', order: 1 }),
  seedContact('line', 'Red de respuesta rápida', { role: 'rapid-response', order: 2 }),
  seedContact('beto', 'Beto López', { role: 'family', order: 3 }),
];

async function openWithChild(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  const leo = seedChild('leo', 'Leo');
  await seedRecords(page, { household: { skipped: false, data: { people: [leo] } } }, CONTACTS);
}

test('the pick-up list holds only people marked for it; one more can be marked from the plan', async ({
  page,
  server,
}) => {
  await openWithChild(page, server.url);
  await page.goto(`${server.url}/plan/children`);
  await expect(heading(page)).toHaveText("Children's care");
  const first = page.getByLabel('Who picks up Leo first?');
  const options = first.locator('option');
  await expect(options).toHaveText(['Nobody chosen yet', 'Rosa Pérez']);
  await expect(page.getByLabel('Who picks up Leo if that person cannot?').locator('option')).toHaveText([
    'Nobody chosen yet',
    'Rosa Pérez',
  ]);

  // Something written first, not yet gone anywhere.
  const told = page.getByLabel('What has Leo been told?');
  await told.fill('Que Beto lo recoge');

  await page.getByText('Someone is missing from the pick-up list?').click();
  // Offered to mark: the people, not the lawyer or the hotline.
  const marks = page.locator('.pick-up-marks').getByRole('button');
  await expect(marks).toHaveText(['Beto López may pick up the children']);
  await marks.first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Beto López can now be chosen' })).toBeFocused();
  await expect(options).toHaveText(['Nobody chosen yet', 'Rosa Pérez', 'Beto López']);
  await expect(told).toHaveValue('Que Beto lo recoge');
  await first.selectOption({ label: 'Beto López' });
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText('Saved on this phone');

  // The mark is the contact's own: the contacts screen shows it after a reload.
  await page.reload();
  await expect(page.getByLabel('Who picks up Leo first?')).toHaveValue('beto');
  await expect(page.getByLabel('What has Leo been told?')).toHaveValue('Que Beto lo recoge');
  await page.goto(`${server.url}/contacts`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Beto López' })).toContainText(
    'May pick up the children',
  );
});

test('in Spanish on a 360 px phone: the open list, the state question and a half-filled child pass axe and fit', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await openWithChild(page, server.url);
  await page.goto(`${server.url}/plan/children`);
  await page.getByLabel('¿Qué se le ha dicho a Leo?').fill('Que Rosa lo recoge');
  await page.getByText('¿Falta alguien en la lista para recoger?').click();
  await expect(page.getByRole('button', { name: 'Beto López puede recoger a los niños' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /^Falta llenar/ })).toBeVisible();
  await expect(page.getByLabel('¿En qué estado vive?')).toBeVisible();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const summary = await page.locator('.pick-up-marks summary').boundingBox();
  expect(summary?.height).toBeGreaterThanOrEqual(44);
  await context.close();
});
