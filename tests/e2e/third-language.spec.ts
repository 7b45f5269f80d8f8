import { test } from '@playwright/test';
import { buildWithThirdLanguage, pseudo, THIRD, type ThirdLanguageBuild } from '../support/third-language';
import { expect, heading, ROUTES } from './support/app';
import { startPreview, type PreviewServer } from './support/server';

// A copy of the project with a test-only language added as a folder and one line (see
// tests/support/third-language.ts, and tests/build/third-language.test.ts for what its build carries):
// in a browser, the app offers it, and every screen, guides included, finds its strings.
let built: ThirdLanguageBuild;
let server: PreviewServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  built = await buildWithThirdLanguage();
  server = await startPreview(built.dist);
});

test.afterAll(async () => {
  await server?.stop();
  await built?.remove();
});

test('a browser that prefers it opens every screen in it', async ({ browser }) => {
  const context = await browser.newContext({ locale: THIRD.code });
  const page = await context.newPage();
  await page.goto(server.url);
  await expect(heading(page)).toHaveText(pseudo('Know your rights'));
  for (const { path, en } of ROUTES) {
    await page.goto(`${server.url}${path}`);
    await expect(heading(page), path).toHaveText(pseudo(en));
    await expect(page.locator('html')).toHaveAttribute('lang', THIRD.code);
  }
  await context.close();
});

test('Settings offers it by its own name, and the screen changes to it', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}/settings`);
  await expect(heading(page)).toHaveText('Settings');
  const row = page.locator('li', { has: page.locator(`#language-${THIRD.code}`) });
  await expect(row).toContainText(THIRD.name);
  await row.getByRole('button', { name: 'Add' }).click();
  await row.getByRole('button', { name: 'Use' }).click();
  await expect(heading(page)).toHaveText(pseudo('Settings'));
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Settings');
  await context.close();
});
