import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { expect, heading, test, waitUntilControlled } from './support/app';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

/** A phone that has visited the app until it is ready offline (the service worker controls the page). */
async function readyOffline(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  await page.goto(url);
  await waitUntilControlled(page);
  return { context, page };
}

function card(page: Page) {
  return page.getByRole('region', { name: /Put the app on your home screen|Ponga la app/ });
}

test('"ready to use offline" is said once, in the flow, over nothing a person reads', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(ownServer.url);
  const ready = page.getByText('Ready to use offline');
  await expect(ready).toBeVisible({ timeout: 30_000 });
  // It is part of the page, after the home screen's buttons, not laid over them.
  const note = page.locator('.offline-note');
  expect(await note.evaluate((element) => getComputedStyle(element).position)).toBe('static');
  const noteBox = await note.boundingBox();
  for (const action of await page.locator('.actions a').all()) {
    const box = await action.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(noteBox?.y ?? 0);
  }
  // Later loads came from the worker: nothing to say, even where the timing entries say otherwise
  // (Firefox reports workerStart 0; WebKit rounds it).
  await page.addInitScript(() =>
    Object.defineProperty(PerformanceNavigationTiming.prototype, 'workerStart', { get: () => 0 }),
  );
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await expect(card(page)).toBeVisible(); // loaded with the offline status: the message would be there
  await expect(ready).toHaveCount(0);
  await context.close();
});

test('the install card offers the browser’s own Install, and goes away for good once installed', async ({
  browser,
  server,
}) => {
  const { context, page } = await readyOffline(browser, server.url);
  await page.reload();
  // Ready offline, not installed: the card, below the home screen's buttons.
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('Then it opens from its own icon with no signal');
  // The browser offers its install prompt (Chrome, Edge, Samsung Internet): the card's button shows it.
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => document.body.setAttribute('data-prompted', 'yes'),
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
  await card(page).getByRole('button', { name: 'Install' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-prompted', 'yes');
  await expect(card(page)).toHaveCount(0);
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await expect(page.getByText('Ready to use offline')).toHaveCount(0);
  await page.waitForTimeout(1000); // the card's code has loaded by now: it would show
  await expect(card(page)).toHaveCount(0);
  await context.close();
});

test('on iPhone the card shows Share → Add to Home Screen, and says to do it before saving anything', async ({
  browser,
  server,
}) => {
  for (const [locale, text] of [
    ['en-US', 'Do this before you save contacts and your plan.'],
    ['es-US', 'Hágalo antes de guardar contactos y su plan.'],
  ] as const) {
    const context = await browser.newContext({ ...PHONE, locale, userAgent: IPHONE_SAFARI });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitUntilControlled(page);
    await page.reload();
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('.install-steps li')).toHaveCount(2);
    await expect(card(page)).toContainText(locale === 'en-US' ? 'Tap Share' : 'Toque Compartir');
    await expect(card(page)).toContainText(text);
    await expect(card(page).getByRole('button')).toHaveCount(0);
    await context.close();
  }
});

test('opened from its home-screen icon, the app shows no install card', async ({ browser, server }) => {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(() => {
    const real = window.matchMedia.bind(window);
    window.matchMedia = (query: string) =>
      query.includes('display-mode: standalone')
        ? ({ ...real(query), matches: true, media: query } as MediaQueryList)
        : real(query);
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitUntilControlled(page);
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await page.waitForTimeout(1000); // the card's code has loaded by now: it would show
  await expect(card(page)).toHaveCount(0);
  await context.close();
});

test('an install offer the browser made before the app’s code loaded still gives the card its Install button', async ({
  browser,
  server,
}) => {
  for (const [locale, install] of [
    ['en-US', 'Install'],
    ['es-US', 'Instalar'],
  ] as const) {
    const { context, page } = await readyOffline(browser, server.url, { locale });
    // Chrome fires `beforeinstallprompt` once a page load, as soon as the app is installable: here at
    // DOMContentLoaded, before the card's code (loaded after the first screen, when idle) is there.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const loaded = performance
          .getEntriesByType('resource')
          .some((entry) => /install-prompt|HomeNotes/.test(entry.name));
        document.documentElement.dataset['cardCodeLoaded'] = String(loaded);
        const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
          prompt: async () => document.body.setAttribute('data-prompted', 'yes'),
          userChoice: Promise.resolve({ outcome: 'dismissed' }),
        });
        window.dispatchEvent(offer);
      }),
    );
    await page.reload();
    await expect(card(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-card-code-loaded', 'false');
    await expect(card(page).getByRole('button', { name: install })).toBeVisible();
    await card(page).getByRole('button', { name: install }).click();
    await expect(page.locator('body')).toHaveAttribute('data-prompted', 'yes');
    // Dismissed: the browser's offer is used up, the card stays with its steps.
    await expect(card(page).locator('.install-steps li')).toHaveCount(2);
    await context.close();
  }
});

test('installed from the browser’s menu (`appinstalled`), the card goes, and “Delete all my data” does not bring it back', async ({
  browser,
  server,
}) => {
  const { context, page } = await readyOffline(browser, server.url);
  await page.reload();
  await expect(card(page)).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await expect(card(page)).toHaveCount(0);

  await page.goto(`${server.url}/settings/data`);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this phone.')).toBeFocused();
  await page.goto(server.url);
  await expect(heading(page)).toBeVisible();
  await page.waitForTimeout(1000); // the card's code has loaded by now: it would show
  await expect(card(page)).toHaveCount(0);
  await context.close();
});

test('installed before the app’s code loaded (`appinstalled` at once), the card does not come', async ({
  browser,
  server,
}) => {
  const { context, page } = await readyOffline(browser, server.url);
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => window.dispatchEvent(new Event('appinstalled'))),
  );
  await page.reload();
  await expect(heading(page)).toBeVisible();
  await page.waitForTimeout(1000); // the card's code has loaded by now: it would show
  await expect(card(page)).toHaveCount(0);
  await context.close();
});
