import AxeBuilder from '@axe-core/playwright';
import { ROUTES, expect, heading, test } from './support/app';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One test per area of the app (home, guides, contacts, plan, …) and language, so each stays short
// and they run in parallel; together they visit every screen in ROUTES.
const AREAS = new Map<string, (typeof ROUTES)[number][]>();
for (const route of ROUTES) {
  const area = route.path.split('/')[1] ?? '';
  AREAS.set(area, [...(AREAS.get(area) ?? []), route]);
}

for (const locale of ['en-US', 'es-US']) {
  for (const [area, routes] of AREAS) {
    test(`axe finds no violations on the ${area ? `/${area}` : 'home'} screens (${locale})`, async ({
      browser,
      server,
    }) => {
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      const lang = locale.startsWith('es') ? 'es' : 'en';
      for (const route of routes) {
        await page.goto(server.url + route.path);
        await expect(heading(page)).toHaveText(route[lang]);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = results.violations.map((v) => `${route.path}: ${v.id} (${v.nodes.length})`);
        expect(found).toEqual([]);
      }
      await context.close();
    });
  }
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

for (const locale of ['en-US', 'es-US']) {
  test(`at 200 % text on a 390 px phone no screen scrolls sideways (${locale})`, async ({
    browser,
    server,
  }) => {
    // WCAG 1.4.4 and 1.4.10: text doubled, content still reflows into the screen's width.
    const context = await browser.newContext({
      locale,
      serviceWorkers: 'block',
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const lang = locale.startsWith('es') ? 'es' : 'en';
    const sideways: string[] = [];
    for (const route of ROUTES) {
      await page.goto(server.url + route.path);
      await expect(heading(page)).toHaveText(route[lang]);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) sideways.push(`${route.path}: ${overflow}px`);
    }
    expect(sideways).toEqual([]);
    await context.close();
  });
}
