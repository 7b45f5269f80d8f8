import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, heading, test, waitUntilControlled } from './support/app';
import { buildVersion, copyOfDist } from './support/build';
import { startPreview } from './support/server';

// This test serves its own copy of dist/, so it can rebuild it while it is being served.
test('a new version waits for "Update", then replaces the old one', async ({ page }) => {
  test.setTimeout(120_000);
  const served = await copyOfDist();
  const server = await startPreview(served.dir);
  try {
    await page.goto(`${server.url}/settings`);
    await waitUntilControlled(page);
    const version = page.getByTestId('app-version');
    const v1 = (await version.textContent()) ?? '';
    expect(v1).toMatch(/^Version \d+\.\d+\.\d+$/);

    await buildVersion(served.dir, '9.9.9-update-test');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // Nothing changes behind the person's back: the old version stays on screen until they agree.
    await page.waitForTimeout(1_000);
    await expect(version).toHaveText(v1);
    await expect(heading(page)).toHaveText('Settings');
    const axe = await new AxeBuilder({ page }).include('.offline-status').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await prompt.getByRole('button', { name: 'Update' }).click();
    await expect(version).toHaveText('Version 9.9.9-update-test');
    await expect(prompt).toBeHidden();
  } finally {
    await server.stop();
    await served.remove();
  }
});

// A release whose worker calls skipWaiting() itself: it takes over open pages without anyone's OK.
const WARNINGS = [
  {
    locale: 'en-US',
    text: 'This app changed without your OK. Do not type anything private until you have checked.',
  },
  {
    locale: 'es-US',
    text: 'Esta aplicación cambió sin su permiso. No escriba nada privado hasta que lo haya comprobado.',
  },
];
for (const { locale, text } of WARNINGS) {
  test(`a version that takes over on its own is called out at once (${locale})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const served = await copyOfDist();
    const server = await startPreview(served.dir);
    const context = await browser.newContext({ locale });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/settings`);
      await waitUntilControlled(page);
      const version = page.getByTestId('app-version');
      const v1 = (await version.textContent()) ?? '';
      // The first install taking control of the page is expected: it only says the app works offline.
      await expect(page.locator('.offline-status .offline-note')).toBeVisible();
      const warning = page.getByRole('alert').filter({ hasText: text });
      await expect(warning).toHaveCount(0);

      await buildVersion(served.dir, '9.9.9-no-consent');
      await appendFile(
        join(served.dir, 'sw.js'),
        '\nself.addEventListener("install",()=>self.skipWaiting());\n',
      );
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });

      await expect(warning).toBeVisible({ timeout: 30_000 });
      // Said before anything else: the page is the one the person had, nothing reloaded.
      await expect(version).toHaveText(v1);
    } finally {
      await context.close();
      await server.stop();
      await served.remove();
    }
  });
}

test('"Update" in one tab: the other tab writes what it was saving, then reloads into the new version', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const served = await copyOfDist();
  const server = await startPreview(served.dir);
  const context = await browser.newContext();
  try {
    const settings = await context.newPage();
    await settings.goto(`${server.url}/settings`);
    await waitUntilControlled(settings);
    const plan = await context.newPage();
    await plan.goto(`${server.url}/plan/my-raid-plan`);
    const atHome = plan.getByLabel('If agents come to my home, I will…');
    await expect(atHome).toBeVisible();

    await buildVersion(served.dir, '9.9.9-two-tabs');
    await settings.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = settings.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });

    // The plan tab's write is still in flight when the update comes: another transaction holds the store.
    await plan.evaluate(
      () =>
        new Promise<void>((held) => {
          const request = indexedDB.open('defend-your-rights');
          request.onsuccess = () => {
            const store = request.result.transaction('plan', 'readwrite').objectStore('plan');
            let holding = true;
            Object.assign(window, { release: () => (holding = false), oldPage: true });
            const spin = () => {
              if (holding) store.get('none').onsuccess = spin;
            };
            spin();
            held();
          };
        }),
    );
    await atHome.fill('Keep the door closed and ask for the warrant');
    const reloaded = plan.waitForEvent('load');

    await prompt.getByRole('button', { name: 'Update' }).click();
    await expect(settings.getByTestId('app-version')).toHaveText('Version 9.9.9-two-tabs');
    // Only now can the plan tab's write end; it reloads after that, not before.
    await plan
      .evaluate(() => (window as unknown as { release?: () => void }).release?.())
      .catch(() => undefined);
    await reloaded;
    expect(await plan.evaluate(() => 'oldPage' in window)).toBe(false);
    await expect(atHome).toHaveValue('Keep the door closed and ask for the warrant');
    await expect(plan.getByRole('alert')).toHaveCount(0);
  } finally {
    await context.close();
    await server.stop();
    await served.remove();
  }
});
