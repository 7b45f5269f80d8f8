import type { BrowserContext, Request } from '@playwright/test';
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
import { createProfile } from './support/persistent';

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

test('offline, no page load asks the network or logs an error, on any screen (installed-app profile)', async ({
  ownServer,
}) => {
  // A profile on disk: only outside incognito does Chromium check installability on every page load,
  // which fetches the manifest and its icon.
  const profile = await createProfile();
  const context = await profile.open();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ownServer.url);
    await waitUntilControlled(page);
    await ownServer.stop();

    const network: string[] = [];
    context.on('requestfailed', (request) => {
      // Leaving a page cancels what it was still loading: that is not a request to the network.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') network.push(`failed: ${request.url()}`);
    });
    context.on('response', (response) => {
      if (!response.fromServiceWorker()) network.push(`from the network: ${response.url()}`);
    });
    const logged: string[] = [];
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) logged.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => logged.push(error.message));

    for (const route of ROUTES) {
      const icon = iconLoaded(context);
      await page.goto(ownServer.url + route.path);
      await expect(heading(page)).toHaveText(route.en);
      await icon;
    }
    expect(network).toEqual([]);
    expect(logged).toEqual([]);
  } finally {
    await context.close();
    await profile.remove();
  }
});

/** Settles once the browser's own fetch of the manifest's icon (on every page load) has ended, either way. */
function iconLoaded(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => {
    const ended = (request: Request) => {
      if (!request.url().endsWith('.png')) return;
      context.off('requestfinished', ended);
      context.off('requestfailed', ended);
      resolve();
    };
    context.on('requestfinished', ended);
    context.on('requestfailed', ended);
  });
}
