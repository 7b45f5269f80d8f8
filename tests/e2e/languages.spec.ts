import { expect, heading, test, waitUntilControlled, collectErrors } from './support/app';

// Issue 16: a language beyond English and Spanish comes as a pack the phone downloads only if it needs it.

test('a French phone gets French on the first visit, and keeps it offline with the server stopped', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const packs: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/lang/')) packs.push(new URL(request.url()).pathname);
  });
  await page.goto(ownServer.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(heading(page)).toHaveText('Connaître vos droits');
  await waitUntilControlled(page);
  // The browser's language only: no other pack.
  expect(packs.every((path) => path.startsWith('/lang/fr-'))).toBe(true);

  await ownServer.stop();
  await page.reload();
  await expect(heading(page)).toHaveText('Connaître vos droits');
  await page.goto(`${ownServer.url}/guides/agents-at-your-door`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Des agents à votre porte');
  expect(errors).toEqual([]);
  await context.close();
});
