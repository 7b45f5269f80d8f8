// The smoke run one engine gets: what a person does on a first visit, then with no network at all.
// Each step is a check; a step that fails leaves the steps after it in the same browser unchecked.

/**
 * What a browser engine must do for the smoke run; `evaluate` takes an expression (its value must
 * survive JSON), `click` an XPath, `type` a CSS selector.
 * @typedef {{ name: string, goto: (url: string) => Promise<void>, reload: () => Promise<void>,
 *   evaluate: (expression: string) => Promise<unknown>, click: (xpath: string) => Promise<void>,
 *   type: (css: string, text: string) => Promise<void>, errors: () => Promise<string[]>,
 *   close: () => Promise<void> }} Driver
 * @typedef {{ url: string, stop: () => Promise<void> }} Server
 * @typedef {{ name: string, ok: boolean, detail?: string, stalled?: boolean }} Result
 */

/** The size the Chromium tests use (playwright.config.ts): a phone's screen, held upright. */
export const PHONE = { width: 390, height: 844 };
const WAIT_MS = 30_000;
const HEADING = 'document.querySelector("h1")?.textContent?.trim() ?? null';
const CONTACT_NAMES = '[...document.querySelectorAll(".contact h3")].map((name) => name.textContent.trim())';
// The page's own title names both languages; the app replaces it with the screen's once it has started
// (the home heading is in the page itself, so it alone does not show that the app's code ran).
const APP_STARTED = 'document.title !== "Know your rights · Conozca sus derechos"';
const CONTACT = 'Ana López';
const NEVER_VISITED = {
  path: '/guides/in-a-car',
  heading: 'In a car, at checkpoints and in the 100-mile border zone',
};

/**
 * WebKitGTK 2.50 (Debian 12's) can stop starting a page's IndexedDB transactions for good: without
 * Apple's RunningBoard, a page that navigation puts in the service worker's reused web process is
 * marked suspended and never resumed, so its queued transactions never start, and every later one on
 * the same database waits behind them (WebKit bug 324058, fixed upstream in September 2026 by
 * https://github.com/WebKit/WebKit/pull/74082; not in 2.50.6). webkit.mjs turns the page cache off,
 * after which it did not come in 20 runs of 20; this tells it if it comes back. STORAGE says, from
 * connections of its own, whether a database made just now takes a write, whether the app's database
 * opens, and whether its `meta` store (in every transaction of the app's) takes a read: each 'done',
 * 'error' or 'timeout' (3 s).
 * The stall is exactly this: the new database takes its write, and the app's does not open or not read.
 * An error is never the stall.
 */
const STORAGE = `(async () => {
  const within = (promise) =>
    Promise.race([promise, new Promise((end) => setTimeout(() => end({ state: 'timeout' }), 3000))]);
  const opened = (request) => new Promise((end) => {
    request.onsuccess = () => end({ state: 'done', db: request.result });
    request.onerror = () => end({ state: 'error' });
  });
  const finished = (tx) => new Promise((end) => {
    tx.oncomplete = () => end({ state: 'done' });
    tx.onerror = tx.onabort = () => end({ state: 'error' });
  });
  const fresh = indexedDB.open('engine-check-' + Math.random().toString(36).slice(2), 1);
  fresh.onupgradeneeded = () => fresh.result.createObjectStore('s');
  const write = await within(opened(fresh).then(({ state, db }) => {
    if (state !== 'done') return { state };
    const tx = db.transaction('s', 'readwrite');
    tx.objectStore('s').put(1, 'k');
    return finished(tx);
  }));
  const app = await within(opened(indexedDB.open('defend-your-rights')));
  let read = { state: 'not tried' };
  if (app.state === 'done') {
    const tx = app.db.transaction('meta', 'readonly');
    tx.objectStore('meta').count();
    read = await within(finished(tx));
  }
  return { newDatabaseWrite: write.state, appDatabaseOpen: app.state, appDatabaseRead: read.state };
})()`;

/** What the page shows, for a failed step's message. */
const SCREEN = `({
  path: location.pathname,
  heading: document.querySelector('h1')?.textContent ?? null,
  focus: document.activeElement?.id || document.activeElement?.tagName || null,
  said: [...document.querySelectorAll('[role=alert], [role=status]')].map((e) => e.textContent.trim()).filter(Boolean),
  main: (document.querySelector('main')?.innerText ?? '').slice(0, 300),
})`;

/**
 * Fails the step, saying what the page showed and what its storage does; marked `stalled` when the
 * engine's IndexedDB stall (STORAGE) is what happened.
 */
async function failedOrStalled(driver, error) {
  const storage = await driver.evaluate(STORAGE).catch((failure) => ({ probe: String(failure) }));
  const screen = await driver.evaluate(SCREEN).catch((failure) => String(failure));
  const stalled =
    storage?.newDatabaseWrite === 'done' &&
    (storage.appDatabaseOpen === 'timeout' || storage.appDatabaseRead === 'timeout');
  const detail = `${stalled ? " (WebKit's IndexedDB stall, bug 324058)" : ''}
    the page: ${JSON.stringify(screen)}
    its storage: ${JSON.stringify(storage)}`;
  throw Object.assign(new Error(error.message + detail), stalled ? { stalled: true } : {});
}

/** Polls `expression` until it equals `expected` (compared as JSON), as a person waits for a screen. */
async function waitFor(driver, expression, expected, what) {
  const deadline = Date.now() + WAIT_MS;
  let seen;
  for (;;) {
    seen = await driver.evaluate(expression).catch((error) => `(${error.message})`);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    if (Date.now() > deadline) {
      throw new Error(`${what}: expected ${JSON.stringify(expected)}, saw ${JSON.stringify(seen)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs `steps` in order; the first failure marks the rest as not run. */
async function runSteps(driver, steps) {
  /** @type {Result[]} */
  const results = [];
  let failure;
  for (const [name, step] of steps) {
    if (failure) {
      results.push({ name, ok: false, detail: `not run: ${failure}` });
      continue;
    }
    try {
      await step().catch((error) => failedOrStalled(driver, error));
      results.push({ name, ok: true });
    } catch (error) {
      failure = name;
      const detail = error instanceof Error ? error.message : String(error);
      results.push({ name, ok: false, detail, ...(error?.stalled && { stalled: true }) });
    }
  }
  return results;
}

/**
 * English, offline: the first visit, then the server stopped; a reload, a guide never opened, one
 * contact saved and found again after a reload.
 * @param {Driver} driver @param {Server} server
 */
export function offlineSteps(driver, server) {
  return runSteps(driver, [
    [
      'offline after the first visit (server stopped, page reloaded)',
      async () => {
        await driver.goto(server.url);
        await waitFor(driver, APP_STARTED, true, 'the app started');
        await waitFor(
          driver,
          'navigator.serviceWorker.controller !== null',
          true,
          'a service worker controls the page',
        );
        await server.stop();
        await driver.reload();
        await waitFor(driver, HEADING, 'Know your rights', 'home heading offline');
        await waitFor(driver, APP_STARTED, true, 'the app started offline');
      },
    ],
    [
      'a deep link never visited, offline',
      async () => {
        await driver.goto(server.url + NEVER_VISITED.path);
        await waitFor(driver, HEADING, NEVER_VISITED.heading, 'guide heading offline');
      },
    ],
    [
      'one contact saved offline and found after a reload',
      async () => {
        await driver.goto(`${server.url}/contacts`);
        await waitFor(driver, HEADING, 'Emergency contacts', 'contacts heading');
        await driver.click('//button[normalize-space()="Add a contact"]');
        await driver.type('#contact-name', CONTACT);
        await driver.type('#contact-phone-0', '(213) 555-0100');
        // Ten digits without a code: the U.S. and Mexico could both dial it, so the form asks which.
        await driver.click('//label[normalize-space()="United States (+1)"]');
        await driver.click('//form[contains(@class, "contact-form")]//button[@type="submit"]');
        await waitFor(driver, CONTACT_NAMES, [CONTACT], 'the contact list');
        await driver.reload();
        await waitFor(driver, CONTACT_NAMES, [CONTACT], 'the contact list after a reload');
      },
    ],
    ['no console errors', async () => expectNoErrors(driver)],
  ]);
}

/**
 * A browser whose first language is Spanish opens the app in Spanish.
 * @param {Driver} driver @param {Server} server
 */
export function spanishSteps(driver, server) {
  return runSteps(driver, [
    [
      'the Spanish start (browser language es-MX)',
      async () => {
        await driver.goto(server.url);
        await waitFor(driver, HEADING, 'Conozca sus derechos', 'home heading');
        await waitFor(driver, APP_STARTED, true, 'the app started');
        await waitFor(driver, 'document.documentElement.lang', 'es', '<html lang>');
      },
    ],
    ['no console errors in Spanish', async () => expectNoErrors(driver)],
  ]);
}

/** @param {Driver} driver */
async function expectNoErrors(driver) {
  const errors = await driver.errors();
  if (errors.length > 0) throw new Error(`console errors:\n    ${errors.join('\n    ')}`);
}
