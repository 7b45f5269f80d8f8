import { expect, heading, test, waitUntilControlled } from './support/app';
import { buildVersion, copyOfDist } from './support/build';
import { startPreview } from './support/server';

// Issue 16: after an app update, a language pack is downloaded again only if its content changed.
test('an update whose French did not change downloads no French again, and French stays offline', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const served = await copyOfDist();
  const server = await startPreview(served.dir);
  const context = await browser.newContext({ locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/settings`);
    await expect(heading(page)).toHaveText('Réglages');
    await waitUntilControlled(page);

    await buildVersion(served.dir, '9.9.9-language-update');
    const packs: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/lang/')) packs.push(request.url());
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status').filter({ hasText: 'Une nouvelle version est prête' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Mettre à jour' }).click();
    await expect(page.getByTestId('app-version')).toHaveText('Version 9.9.9-language-update');
    await expect(heading(page)).toHaveText('Réglages');
    expect(packs).toEqual([]);

    await server.stop();
    await page.reload();
    await expect(heading(page)).toHaveText('Réglages');
  } finally {
    await context.close();
    await server.stop().catch(() => undefined);
    await served.remove();
  }
});
