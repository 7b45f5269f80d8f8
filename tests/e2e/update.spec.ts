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
