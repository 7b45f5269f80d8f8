import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { expect, test } from './support/app';

// README's "Hosting" table says which headers a host adds to every response. The alert's "add where I am"
// and the record's position use the phone's location (issue 13, opt-in), so the Permissions-Policy a host
// copies from there must leave geolocation to the app itself: `geolocation=()` turns it off for the page.

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Every header the README's table gives for "every response", as `name → value`. */
function headersForEveryResponse(): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const row of README.split('\n').filter((line) => /^\|\s*every response\s*\|/.test(line)))
    for (const [, name, value] of row.matchAll(/`([A-Za-z-]+): ([^`]+)`/g))
      if (name && value) headers[name] = value;
  return headers;
}

/** The app served with `headers` added to each response; whether a page of it may read the position. */
async function positionAllowed(browser: Browser, url: string, headers: Record<string, string>) {
  // The page alone: the service worker's downloads would still be passing through the route below when
  // the context closes.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.grantPermissions(['geolocation'], { origin: url });
  await context.setGeolocation({ latitude: 34.05, longitude: -118.24 });
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const page = await context.newPage();
  await page.goto(`${url}/record`);
  const answer = await page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          (position) => resolve(`at ${position.coords.latitude.toFixed(2)}`),
          (error) => resolve(`refused ${error.code}`),
          { timeout: 5000 },
        ),
      ),
  );
  await context.unrouteAll({ behavior: 'ignoreErrors' }); // the app's own prefetch may still be in flight
  await context.close();
  return answer;
}

test("the headers README asks hosts to add leave the phone's location to the app (alert, record)", async ({
  browser,
  server,
}) => {
  const headers = headersForEveryResponse();
  expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/); // the table was read
  expect(await positionAllowed(browser, server.url, headers)).toBe('at 34.05');
  // The check can fail: with location turned off for every origin, as the table once said, it is refused.
  const off = { ...headers, 'Permissions-Policy': 'camera=(), geolocation=()' };
  expect(await positionAllowed(browser, server.url, off)).toBe('refused 1');
});
