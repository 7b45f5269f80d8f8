import type { Browser, Page } from '@playwright/test';
import { ROUTES, expect, heading, test, waitUntilControlled } from './support/app';

// The home screen is pre-rendered into index.html and shown before any app code runs (src/first-paint/).
// These tests record every main heading the page ever holds, from before its first paint on.

declare global {
  interface Window {
    /** "lang:heading text" of every h1 the document has held, in order. */
    __headings: string[];
    /** The first h1 the document held. */
    __firstHeading: Element | undefined;
    /** The files a page links to, as it stands once parsed. */
    __own: string[];
    /** When the main heading was put on the page (`performance.now()`). */
    __shownAt: number;
  }
}

/** From the moment the document exists: notes every h1 (with the page's `lang`) that appears. */
async function recordHeadings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__headings = [];
    const note = () => {
      for (const h1 of document.querySelectorAll('h1')) {
        window.__firstHeading ??= h1;
        const seen = `${document.documentElement.lang}:${h1.textContent ?? ''}`;
        if (!window.__headings.includes(seen)) window.__headings.push(seen);
      }
    };
    new MutationObserver(note).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
  });
}

const HOME = ROUTES[0];
const GUIDE = ROUTES[2];
const NOT_FOUND = ROUTES.find((route) => route.path === '/no-such-page') ?? ROUTES[0];

/** A page in a fresh context whose worker has installed the app, so the worker serves what comes next. */
async function installed(browser: Browser, url: string, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale });
  const first = await context.newPage();
  await first.goto(url);
  await waitUntilControlled(first);
  await first.close();
  const page = await context.newPage();
  await recordHeadings(page);
  return page;
}

for (const { locale, lang } of [
  { locale: 'es-MX', lang: 'es' },
  { locale: 'en-US', lang: 'en' },
] as const) {
  test(`a first visit (${locale}) shows only the ${lang} home screen, from the first paint on`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await recordHeadings(page);
    await page.goto(server.url);
    await expect(heading(page)).toHaveText(HOME[lang]);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await page.evaluate(() => window.__headings)).toEqual([`${lang}:${HOME[lang]}`]);
    await context.close();
  });

  test(`the installed app (${locale}) opens on the ${lang} home screen, from the first paint on`, async ({
    browser,
    server,
  }) => {
    const page = await installed(browser, server.url, locale);
    const response = await page.goto(server.url);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(heading(page)).toHaveText(HOME[lang]);
    expect(await page.evaluate(() => window.__headings)).toEqual([`${lang}:${HOME[lang]}`]);
    await page.context().close();
  });
}

test('a language chosen in the app is the one the next start paints first, offline too', async ({
  browser,
  ownServer,
}) => {
  const page = await installed(browser, `${ownServer.url}/settings`, 'en-US');
  await page.goto(`${ownServer.url}/settings`);
  await page.getByRole('banner').getByRole('button', { name: 'Español' }).click();
  await expect(heading(page)).toHaveText('Ajustes');
  // The worker reads the choice from its own small copy, written right after the saved setting.
  await expect
    .poll(() => page.evaluate(async () => (await caches.match('/shown-language'))?.text()))
    .toBe('es');
  await ownServer.stop();

  const next = await page.context().newPage();
  await recordHeadings(next);
  await next.goto(ownServer.url);
  await expect(heading(next)).toHaveText(HOME.es);
  expect(await next.evaluate(() => window.__headings)).toEqual([`es:${HOME.es}`]);
  await page.context().close();
});

test('a deep link never shows the home screen first, on a first visit or from the worker', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await recordHeadings(page);
  await page.goto(server.url + GUIDE.path);
  await expect(heading(page)).toHaveText(GUIDE.en);
  expect(await page.evaluate(() => window.__headings)).toEqual([`en:${GUIDE.en}`]);
  await context.close();

  const installedPage = await installed(browser, server.url, 'en-US');
  const response = await installedPage.goto(server.url + GUIDE.path);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(heading(installedPage)).toHaveText(GUIDE.en);
  expect(await installedPage.evaluate(() => window.__headings)).toEqual([`en:${GUIDE.en}`]);
  await installedPage.context().close();
});

test('the app takes over the pre-rendered home screen: same elements, nothing moves', async ({
  browser,
  server,
}) => {
  const page = await installed(browser, server.url, 'en-US');
  await page.goto(server.url);
  // The app has started once a screen set the title (the page's own title names both languages).
  await expect(page).toHaveTitle(HOME.en); // once: not "Know your rights · Know your rights"
  await page.waitForTimeout(500); // a shift would be reported by now
  const shifts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().length)).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(0), 200);
      }),
  );
  expect(shifts).toBe(0);
  expect(await page.evaluate(() => window.__firstHeading === document.querySelector('h1'))).toBe(true);
  // And it is the app: the language switch works.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(heading(page)).toHaveText(HOME.es);
  await page.context().close();
});

test('the pre-rendered home screen is exactly what the app draws there', async ({ browser, server }) => {
  for (const { locale, lang } of [
    { locale: 'en-US', lang: 'en' },
    { locale: 'es-US', lang: 'es' },
  ] as const) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    // The app draws home itself when it is reached from another screen (no pre-rendered copy there).
    await page.goto(`${server.url}/no-such-page`);
    await expect(heading(page)).toHaveText(NOT_FOUND[lang]);
    await page.getByRole('link', { name: HOME[lang] }).first().click();
    await expect(heading(page)).toHaveText(HOME[lang]);
    const [drawn, prerendered] = await page.evaluate((id) => {
      /**
       * Tags, sorted attributes and text, one line per node: attribute order does not count. What `later()`
       * adds below the buttons once the first screen is drawn (marked `data-later`: the line of other
       * languages) is never pre-rendered, by design: the first render, which hydrates, has none of it.
       */
      const shape = (root: ParentNode): string[] =>
        [...root.childNodes].flatMap((node) =>
          node instanceof Element && node.hasAttribute('data-later')
            ? []
            : node instanceof Element
              ? [
                  `<${node.localName} ${[...node.attributes]
                    .map((a) => `${a.name}=${a.value}`)
                    .sort()
                    .join(' ')}>`,
                  ...shape(node),
                  `</${node.localName}>`,
                ]
              : [node.textContent ?? ''],
        );
      // The page is index.html as served (no worker), its templates untouched: parsing a fresh copy with
      // DOMParser would be a Trusted Types sink, which the CSP refuses.
      const template = document.getElementById(id);
      if (!(template instanceof HTMLTemplateElement)) return [[], ['no template']];
      return [shape(document.getElementById('app') ?? document), shape(template.content)];
    }, `home-${lang}`);
    expect(drawn.length).toBeGreaterThan(50);
    expect(drawn).toEqual(prerendered);
    await context.close();
  }
});

test("a deep link shows the app's top bar before the app's code runs, and the app keeps that bar", async ({
  browser,
  server,
}) => {
  // Without the app's code at all, the page still shows the frame, in the browser's language.
  const bare = await browser.newContext({ locale: 'es-MX', serviceWorkers: 'block' });
  const noApp = await bare.newPage();
  await noApp.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await noApp.goto(server.url + GUIDE.path);
  await expect(noApp.locator('#app header.topbar .brand')).toHaveText('Conozca sus derechos');
  await expect(noApp.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
  await expect(noApp.locator('h1')).toHaveCount(0);
  await bare.close();

  // With it, the app takes that same bar over instead of drawing a new one.
  const context = await browser.newContext({ locale: 'es-MX', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => {
      (window as { __firstBar?: Element | null }).__firstBar ??= document.querySelector('header.topbar');
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(server.url + GUIDE.path);
  await expect(heading(page)).toHaveText(GUIDE.es);
  expect(
    await page.evaluate(() => {
      const first = (window as { __firstBar?: Element | null }).__firstBar;
      return !!first && first === document.querySelector('header.topbar') && first.isConnected;
    }),
  ).toBe(true);
  await context.close();
});

test('a link to a guide downloads no other screen or storage code before the guide is on the page', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    // What the page asks for before its app code runs: its own files (in its HTML, and the guides' hints).
    document.addEventListener('DOMContentLoaded', () => {
      const tags = [...document.querySelectorAll('script[src], link[href]')];
      const urls = tags.map((tag) => tag.getAttribute('src') ?? tag.getAttribute('href') ?? '');
      window.__own = [location.href, ...urls.map((url) => new URL(url, location.href).href)];
    });
    // When the guide's heading (and its first steps, drawn with it) is put on the page.
    new MutationObserver((_, observer) => {
      if (!document.querySelector('main h1')) return;
      window.__shownAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(server.url + GUIDE.path);
  await expect(heading(page)).toHaveText(GUIDE.en);
  // Later, the frame's parts (the quick exit, the emergency bar's numbers) and the install's downloads.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').length))
    .toBeGreaterThan(await page.evaluate(() => window.__own.length));
  const early = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => !window.__own.includes(entry.name) && entry.startTime < window.__shownAt)
      .map((entry) => new URL(entry.name).pathname),
  );
  expect(early).toEqual([]);
  await context.close();
});

for (const route of [HOME, GUIDE]) {
  test(`a first visit to ${route.path} prefetches what offline use needs, once its screen is shown`, async ({
    browser,
    server,
  }) => {
    // No worker: its install's own downloads would hide the page's prefetches.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const prefetched: string[] = [];
    page.on('request', (request) => {
      if (request.headers()['sec-purpose']?.startsWith('prefetch')) prefetched.push(request.url());
    });
    await page.goto(server.url + route.path);
    await expect(heading(page)).toHaveText(route.en);
    // Home's come from the first-paint script; a deep link's once the app's start says its screen is shown.
    await expect.poll(() => prefetched.length).toBeGreaterThan(10);
    await context.close();
  });
}
