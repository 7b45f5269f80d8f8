import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { copyOfDist } from './support/build';
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
    const screen = (await readdir(join(served.dir, 'assets'))).find((name) =>
      name.startsWith('WalletListScreen-'),
    );
    if (!screen) throw new Error('no wallet list chunk in dist/assets');
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
