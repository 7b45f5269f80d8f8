import {
  ROUTES,
  collectErrors,
  expect,
  heading,
  test,
  waitUntilControlled,
  type Lang,
  offlineAfterVisit,
} from './support/app';

const LOCALES: Array<{ locale: string; lang: Lang }> = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'es-US', lang: 'es' },
];

for (const { locale, lang } of LOCALES) {
  test(`every screen opens offline after one visit, server stopped (${locale})`, async ({
    browser,
    ownServer,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(ownServer.url);
    await expect(heading(page)).toHaveText(ROUTES[0][lang]);
    await waitUntilControlled(page);

    await ownServer.stop();

    await page.reload();
    await expect(heading(page)).toHaveText(ROUTES[0][lang]);
    // Includes a deep link to a guide that was never opened while online.
    for (const route of ROUTES) {
      await page.goto(ownServer.url + route.path);
      await expect(heading(page)).toHaveText(route[lang]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('switching language works offline', async ({ browser, ownServer }) => {
  const { context, page } = await offlineAfterVisit(browser, ownServer, '/guides/agents-at-your-door', {
    locale: 'en-US',
  });

  await page.reload();
  await expect(heading(page)).toHaveText('Agents at your door');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(heading(page)).toHaveText('Agentes en su puerta');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Agents at your door');
  await context.close();
});

test('control: with service workers blocked, the same offline visit fails', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(ownServer.url);
  await expect(heading(page)).toHaveText(ROUTES[0].en);

  await ownServer.stop();

  await expect(page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
  await context.close();
});
