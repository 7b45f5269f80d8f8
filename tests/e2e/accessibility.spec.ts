import AxeBuilder from '@axe-core/playwright';
import { ROUTES, expect, heading, test } from './support/app';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const locale of ['en-US', 'es-US']) {
  test(`axe finds no violations on any screen (${locale})`, async ({ browser, server }) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const lang = locale.startsWith('es') ? 'es' : 'en';
    for (const route of ROUTES) {
      await page.goto(server.url + route.path);
      await expect(heading(page)).toHaveText(route[lang]);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const found = results.violations.map((v) => `${route.path}: ${v.id} (${v.nodes.length})`);
      expect(found).toEqual([]);
    }
    await context.close();
  });
}

test('axe finds no violations on the offline and update messages', async ({ browser, server }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await expect(page.getByText('Ready to use offline')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).include('.offline-status').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});
