import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitUntilControlled } from './support/app';
import { buildVersion, copyOfDist } from './support/build';
import { startPreview } from './support/server';

/**
 * How each install the page starts ends: 'activated', or 'redundant' when it failed. Hooks the
 * registration before the app's scripts run, so no install is missed however fast it ends.
 */
async function watchInstalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    const installs: Array<Promise<string>> = [];
    Object.assign(window, { installs });
    ServiceWorkerContainer.prototype.register = function (...args) {
      const registered = register.apply(this, args);
      installs.push(
        registered.then(
          (registration) =>
            new Promise<string>((resolve) => {
              const worker = registration.installing;
              if (!worker) return resolve(registration.active ? 'activated' : 'none');
              const ended = () => {
                if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state);
              };
              worker.addEventListener('statechange', ended);
              ended();
            }),
        ),
      );
      return registered;
    };
  });
}

const firstInstall = (page: Page) =>
  page.evaluate(() => (window as unknown as { installs: Array<Promise<string>> }).installs[0]);

test('a file that is not the one the build made fails the install; served right, it installs', async ({
  page,
}) => {
  const served = await copyOfDist();
  const server = await startPreview(served.dir);
  try {
    // What a host that answers a missing file with index.html serves for one of the app's screens.
    const screen = (await readdir(join(served.dir, 'assets'))).find((name) => name.startsWith('practice-'));
    if (!screen) throw new Error('no chunk of the practice screens in dist/assets');
    const path = join(served.dir, 'assets', screen);
    const right = await readFile(path);
    await copyFile(join(served.dir, 'index.html'), path);

    await watchInstalls(page);
    await page.goto(server.url);
    expect(await firstInstall(page)).toBe('redundant');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Know your rights');
    await expect(page.getByText('Ready to use offline')).toHaveCount(0);

    await writeFile(path, right);
    await page.reload();
    expect(await firstInstall(page)).toBe('activated');
    await expect(page.getByText('Ready to use offline')).toBeVisible();
  } finally {
    await server.stop();
    await served.remove();
  }
});

test('a wrong copy kept from an older version is not kept: the next version downloads it again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const served = await copyOfDist();
  const server = await startPreview(served.dir);
  try {
    await page.goto(`${server.url}/settings`);
    await waitUntilControlled(page);
    const before = new Set(await readdir(join(served.dir, 'assets')));
    await buildVersion(served.dir, '9.9.9-recheck');
    // A file both versions list under the same name (so with the same content and revision).
    const same = (await readdir(join(served.dir, 'assets'))).find(
      (name) => name.startsWith('guides-') && before.has(name),
    );
    if (!same) throw new Error('no guides chunk common to both builds');
    const right = await readFile(join(served.dir, 'assets', same), 'utf8');

    const copy = (file: string) =>
      page.evaluate(async (file) => {
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          const key = (await cache.keys()).find(
            (request) => new URL(request.url).pathname === `/assets/${file}`,
          );
          if (key) return { name, url: key.url, text: await (await cache.match(key))?.text() };
        }
        return undefined;
      }, file);
    const kept = await copy(same);
    expect(kept?.text).toBe(right);
    await page.evaluate(
      async ({ name, url }) => (await caches.open(name)).put(url, new Response('not this file')),
      { name: kept?.name ?? '', url: kept?.url ?? '' },
    );

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toBeVisible({
      timeout: 30_000,
    });
    expect((await copy(same))?.text).toBe(right);
  } finally {
    await server.stop();
    await served.remove();
  }
});
