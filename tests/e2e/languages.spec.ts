import { guides as englishGuides } from '../../locales/en/guides/index';
import { guides as spanishGuides } from '../../locales/es/guides/index';
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
  context.on('request', (request) => {
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

test('an English phone downloads no language pack', async ({ browser, ownServer }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const packs: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/lang/')) packs.push(request.url());
  });
  await page.goto(ownServer.url);
  await expect(heading(page)).toHaveText('Know your rights');
  await waitUntilControlled(page);
  await page.goto(`${ownServer.url}/settings`);
  await expect(page.getByRole('heading', { name: 'Languages on this phone' })).toBeVisible();
  expect(packs).toEqual([]);
  await context.close();
});

test('a language added in Settings works offline after, and removing it frees its space', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(ownServer.url);
  await waitUntilControlled(page);
  // The home screen names every other language, each in itself, and opens the list.
  await page.getByRole('link', { name: /Kreyòl ayisyen/ }).click();
  await expect(page.getByRole('heading', { name: 'Languages on this phone' })).toBeVisible();
  const creole = page.locator('li', { has: page.locator('#language-ht') });
  await creole.getByRole('button', { name: 'Add' }).click();
  await expect(creole).toContainText('On this phone');
  await creole.getByRole('button', { name: 'Use' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramèt');

  await ownServer.stop();
  await page.goto(ownServer.url);
  await expect(heading(page)).toHaveText('Konnen dwa ou');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ht');
  await page.goto(`${ownServer.url}/guides/agents-at-your-door`);
  await expect(heading(page)).toHaveText('Ajan devan pòt ou');
  // A whole-app language: the family plan too.
  await page.goto(`${ownServer.url}/contacts`);
  await expect(page.locator('main [lang="en"]')).toHaveCount(0);

  // Back to English, then remove Kreyòl: its file leaves the phone.
  await page.goto(`${ownServer.url}/settings`);
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(heading(page)).toHaveText('Settings');
  await creole.getByRole('button', { name: 'Remove' }).click();
  await expect(creole.getByRole('button', { name: 'Add' })).toBeVisible();
  const kept = await page.evaluate(async () =>
    (await (await caches.open('language-packs')).keys()).map((request) => new URL(request.url).pathname),
  );
  expect(kept.filter((path) => path.startsWith('/lang/ht-'))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a core language shows its own screens, and the rest in the second language, saying so', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await page.goto(ownServer.url);
  await expect(heading(page)).toHaveText('나의 권리 알기');
  await waitUntilControlled(page);

  // An encounter guide: "right now" in Korean, the rest in English, with a line that says so.
  await page.goto(`${ownServer.url}/guides/agents-at-your-door`);
  await expect(heading(page)).toHaveText('요원이 집 문 앞에 왔을 때');
  await expect(page.getByRole('heading', { name: '지금 바로' })).toBeVisible();
  const rest = page.locator('main div[lang="en"]');
  await expect(rest.getByRole('heading', { name: 'What to do now' })).toBeVisible();
  await expect(page.getByText('이 안내의 나머지 부분은')).toBeVisible();

  // A screen the core does not cover: all of it in English, the line in Korean.
  await page.goto(`${ownServer.url}/contacts`);
  await expect(page.getByText('이 화면은 아직')).toBeVisible();
  await expect(page.locator('main div[lang="en"]').getByRole('heading', { level: 1 })).toHaveText(
    'Emergency contacts',
  );
  await context.close();
});

test('an unreviewed translation says so on the card and the guides, with the English one tap away', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(ownServer.url);
  await expect(heading(page)).toHaveText('Connaître vos droits');
  await page.goto(`${ownServer.url}/card`);
  await expect(heading(page)).toHaveText('Carte rouge');
  await expect(page.getByText('Cette traduction n’a pas encore été vérifiée')).toBeVisible();
  await page.getByRole('button', { name: 'Voir en anglais' }).click();
  await expect(heading(page)).toHaveText('Red card');
  // A guide says it too.
  await page.goto(`${ownServer.url}/guides/agents-at-your-door`);
  await expect(heading(page)).toHaveText('Des agents à votre porte');
  await expect(page.getByText('Cette traduction n’a pas encore été vérifiée')).toBeVisible();
  await context.close();
});

test('Spanish, not yet reviewed either, says so on every guide and the card, with the English one tap away', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  const note = page.getByText('Esta traducción todavía no la revisó una persona que hable el idioma');
  const showEnglish = page.getByRole('button', { name: 'Ver en inglés', exact: true });
  for (const guide of spanishGuides) {
    await page.goto(`${server.url}/guides/${guide.id}`);
    await expect(heading(page), guide.id).toHaveText(guide.title);
    await expect(note, guide.id).toBeVisible();
  }
  const last = spanishGuides.at(-1);
  const english = englishGuides.find((guide) => guide.id === last?.id);
  await showEnglish.click();
  await expect(heading(page)).toHaveText(english?.title ?? '');
  await expect(showEnglish).toHaveAttribute('aria-pressed', 'true');
  await showEnglish.click();
  await expect(heading(page)).toHaveText(last?.title ?? '');

  await page.goto(`${server.url}/card`);
  await expect(heading(page)).toHaveText('Tarjeta roja');
  await expect(note).toBeVisible();
  await showEnglish.click();
  await expect(heading(page)).toHaveText('Red card');
  await expect(page.getByRole('heading', { name: 'For you', exact: true })).toBeVisible();
  await context.close();
});

test('English, the source, says nothing of a translation', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  for (const path of ['/guides/agents-at-your-door', '/card']) {
    await page.goto(server.url + path);
    await expect(page.locator('.legal-line')).toBeVisible();
    await expect(page.locator('.translation-note'), path).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show in English' })).toHaveCount(0);
  }
  await context.close();
});

test('a damaged pack is never used', async ({ browser, ownServer }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  // The context's route: the worker's fetches too (the page's go through the worker once installed).
  await context.route('**/lang/**', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('Connaître vos droits', 'Connaître vos droits !');
    await route.fulfill({ response, body });
  });
  await page.goto(ownServer.url);
  await waitUntilControlled(page);
  await page.goto(`${ownServer.url}/settings`);
  await expect(heading(page)).toHaveText('Settings');
  const french = page.locator('li', { has: page.locator('#language-fr') });
  await french.getByRole('button', { name: 'Add' }).click();
  await expect(french.getByRole('alert')).toHaveText(
    'The download was damaged, so it was not used. Try again.',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('"do not remember my language" leaves nothing that names it, and the app opens in the browser\'s', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${ownServer.url}/settings`);
  await waitUntilControlled(page);
  await page.getByRole('banner').getByRole('button', { name: 'Español' }).click();
  await expect(heading(page)).toHaveText('Ajustes');
  const shown = () =>
    page.evaluate(async () =>
      (await caches.match('/shown-language', { cacheName: 'shown-language' }))?.text(),
    );
  await expect.poll(shown).toBe('es');

  await page.getByLabel('No recordar mi idioma en este teléfono').check();
  await expect.poll(shown).toBeUndefined();
  await page.reload();
  await expect(heading(page)).toHaveText('Settings');
  await expect.poll(shown).toBeUndefined();
  await context.close();
});
