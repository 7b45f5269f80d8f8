import { ROUTES, collectErrors, expect, heading, test } from './support/app';
import { seed } from './support/seed-contacts';

for (const locale of ['en-US', 'es-US']) {
  test(`every request stays on the app's origin and no CSP violation is logged (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const errors = collectErrors(page);
    // Every CSP and Trusted Types refusal, even one the app catches (a refused worker registration).
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`),
      ),
    );
    const lang = locale.startsWith('es') ? 'es' : 'en';
    for (const route of ROUTES) {
      await page.goto(server.url + route.path);
      await expect(heading(page)).toHaveText(route[lang]);
    }
    // Let the service worker finish its downloads too: they must stay home as well.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(requests.length).toBeGreaterThan(ROUTES.length);
    expect(requests.filter((url) => !url.startsWith(`${server.url}/`))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the page carries a strict Content-Security-Policy', async ({ page, server }) => {
  await page.goto(server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  // Scripts from this origin only; 'wasm-unsafe-eval' lets them compile WebAssembly (the passphrase's
  // Argon2, src/storage/lock/kdf.ts), never a string as script.
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'none'");
  // Workers only from this origin: the service worker and the backup file's parser.
  expect(csp).toContain("worker-src 'self'");
  // A script URL only from the app's own policies: src/shared/script-url.ts, src/offline/register-early.ts.
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).toMatch(/trusted-types app-script-url sw-registration(;|$)/);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  // The one inline stylesheet is allowed by its hash, nothing else inline.
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the page may compile WebAssembly (the passphrase lock) but never runs a string as script', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  const allowed = await page.evaluate(async () => {
    const emptyModule = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    const tried = async (run: () => unknown) => {
      try {
        await run();
        return 'ran';
      } catch {
        return 'refused';
      }
    };
    return {
      wasm: await tried(() => WebAssembly.compile(emptyModule)),
      evalString: await tried(() => (0, eval)('1')),
      newFunction: await tried(() => new Function('return 1')),
    };
  });
  expect(allowed).toEqual({ wasm: 'ran', evalString: 'refused', newFunction: 'refused' });
});

test('no box for personal text is spell-checked or autofilled (an enhanced spell checker sends text away)', async ({
  page,
  server,
}) => {
  const unguarded: string[] = [];
  const check = async (where: string) => {
    const boxes = page.locator('main input[type="text"], main textarea');
    await expect(boxes.first(), where).toBeVisible(); // the section's form appears once its record is read
    for (const box of await boxes.all()) {
      const [spellcheck, autocomplete, id] = await Promise.all([
        box.getAttribute('spellcheck'),
        box.getAttribute('autocomplete'),
        box.getAttribute('id'),
      ]);
      if (spellcheck !== 'false' || autocomplete !== 'off') unguarded.push(`${where} #${id}`);
    }
  };
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await check('/contacts');
  await page.goto(`${server.url}/plan/household`);
  await page.getByRole('button', { name: 'Add a person' }).click();
  await check('/plan/household');
  for (const path of ['/plan/legal-help', '/plan/money-and-home', '/plan/my-raid-plan']) {
    await page.goto(server.url + path);
    await expect(heading(page)).toBeVisible();
    await check(path);
  }
  expect(unguarded).toEqual([]);
});

test("inside another page's frame the app does not start and shows nothing (for hosts without frame-ancestors)", async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/contacts`);
  await seed(page, { contacts: [{ id: 'rosa', name: 'Tía Rosa', phones: ['+12135550100'] }] });
  await expect(page.getByText('Tía Rosa')).toBeVisible(); // the same address, not framed

  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.addEventListener('load', resolve, { once: true });
        frame.src = '/contacts';
        document.body.append(frame);
      }),
  );
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  if (!framed) throw new Error('no frame');
  // By its load event the page's scripts have run: nothing is left on it, not even the app's frame.
  expect(await framed.evaluate(() => document.body.childElementCount)).toBe(0);
  await expect(framed.getByText('Tía Rosa')).toHaveCount(0);
});
