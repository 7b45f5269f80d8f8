import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { guides as english } from '../../locales/en/guides/index';
import { guides as spanish } from '../../locales/es/guides/index';
import { guides as french } from '../../locales/fr/guides/index';
import { guides as korean } from '../../locales/ko/guides/index';
import { expect, heading, test, offlineAfterVisit } from './support/app';

const LANGUAGES = [
  { locale: 'en-US', guides: english, list: 'Rights guides', legal: 'Not legal advice' },
  { locale: 'es-US', guides: spanish, list: 'Guías de derechos', legal: 'No es asesoría legal' },
];

for (const { locale, guides, list, legal } of LANGUAGES) {
  test(`every guide opens offline within two taps of home, with its review date (${locale})`, async ({
    browser,
    ownServer,
  }) => {
    const { context, page } = await offlineAfterVisit(browser, ownServer, '', { locale });

    for (const guide of guides) {
      await page.goto(ownServer.url);
      await page.locator('.action-title').getByText(list, { exact: true }).click(); // tap 1
      await page.locator('.action-title').getByText(guide.title, { exact: true }).click(); // tap 2
      await expect(heading(page)).toHaveText(guide.title);
      await expect(page.getByText(legal).first()).toBeVisible();
      const allSteps = [...(guide.rightNow?.steps ?? []), ...guide.steps, ...(guide.prepare ?? [])];
      await expect(page.locator('.steps li')).toHaveCount(allSteps.length);
      await expect(page.locator('.sources li')).toHaveCount(guide.sources.length);
    }
    await context.close();
  });

  test(`axe finds no violations on any guide (${locale})`, async ({ browser, server }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const guide of guides) {
      await page.goto(`${server.url}/guides/${guide.id}`);
      await expect(heading(page)).toHaveText(guide.title);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${guide.id}: ${v.id}`)).toEqual([]);
    }
    await context.close();
  });

  test(`an encounter guide shows what to do and what to say on its first screen (${locale})`, async ({
    browser,
    server,
  }) => {
    // A phone held during the encounter: 360×740, no scrolling.
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const encounter = guides.filter((guide) => guide.rightNow);
    expect(encounter.map((guide) => guide.id)).toEqual([
      'agents-at-your-door',
      'on-the-street',
      'in-a-car',
      'at-work',
    ]);
    for (const guide of encounter) {
      await page.goto(`${server.url}/guides/${guide.id}`);
      await expect(heading(page)).toHaveText(guide.title);
      const block = page.locator('.right-now');
      for (const step of guide.rightNow?.steps ?? []) {
        await expect(block.getByText(step, { exact: true })).toBeInViewport({ ratio: 1 });
      }
      for (const phrase of guide.rightNow?.sayThis ?? []) {
        await expect(block.getByText(`“${phrase.english}”`, { exact: true })).toBeInViewport({ ratio: 1 });
      }
      // The emergency bar never lies over them: it waits at the end until they have been seen.
      const barTop = await page.locator('.emergency-bar').evaluate((bar) => bar.getBoundingClientRect().top);
      const blockBottom = await block.evaluate((element) => element.getBoundingClientRect().bottom);
      expect(barTop >= blockBottom || barTop >= 740, `${guide.id}: the bar covers "right now"`).toBe(true);
    }
    await context.close();
  });
}

test('search forgives typos, offline: "orden judisial" finds the guide on warrants', async ({
  browser,
  ownServer,
}) => {
  const { context, page } = await offlineAfterVisit(browser, ownServer, '/guides', { locale: 'es-US' });
  await page.reload();

  await page.getByLabel('Buscar en las guías').fill('orden judisial');
  await expect(page.getByRole('link', { name: /Agentes en su puerta/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'encontrada' })).toBeVisible();
  await page.getByLabel('Buscar en las guías').fill('xyzzy');
  await expect(page.locator('.actions li')).toHaveCount(0);
  await context.close();
});

test('in Spanish, "read aloud" speaks the English words with a voice on the device', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  // A stand-in for the device's speech engine: one local English voice that records what it says.
  await context.addInitScript(() => {
    const voice = { lang: 'en-US', localService: true, name: 'Local English', default: true, voiceURI: 'x' };
    const spoken: string[] = [];
    Object.assign(window, {
      __spoken: spoken,
      SpeechSynthesisUtterance: class {
        voice: unknown = null;
        lang = '';
        rate = 1;
        constructor(readonly text: string) {}
      },
    });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        cancel: () => undefined,
        speak: (utterance: { text: string }) => spoken.push(utterance.text),
      },
    });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/guides/agents-at-your-door`);
  const buttons = page.getByRole('button', { name: 'Leer en voz alta en inglés' });
  // Every phrase has its button, those of the 'right now' block first.
  const phrases = [...(spanish[0]?.rightNow?.sayThis ?? []), ...(spanish[0]?.sayThis ?? [])];
  await expect(buttons).toHaveCount(phrases.length);
  await buttons.first().click();
  expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual([
    phrases[0]?.english,
  ]);
  await context.close();
});

test('without a voice on the device, there is no "read aloud" button', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'es-US' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/guides/agents-at-your-door`);
  await expect(heading(page)).toHaveText('Agentes en su puerta');
  await expect(page.getByRole('button', { name: 'Leer en voz alta en inglés' })).toHaveCount(0);
  await context.close();
});

/** A stand-in for the phone's speech engine: local voices of these languages, and what it was asked to say. */
async function speechEngine(context: BrowserContext, languages: string[]): Promise<void> {
  await context.addInitScript((langs) => {
    const voices = langs.map((lang) => ({
      lang,
      localService: true,
      name: lang,
      default: false,
      voiceURI: lang,
    }));
    const said: { text: string; lang: string }[] = [];
    Object.assign(window, {
      __said: said,
      SpeechSynthesisUtterance: class {
        voice: unknown = null;
        lang = '';
        rate = 1;
        constructor(readonly text: string) {}
      },
    });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        cancel: () => undefined,
        speak: ({ text, lang }: { text: string; lang: string }) => said.push({ text, lang }),
      },
    });
  }, languages);
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: unknown[] }).__said);

for (const { locale, guide, own, inEnglish } of [
  {
    locale: 'es-US',
    guide: spanish[0],
    own: 'Leer en voz alta en español',
    inEnglish: 'Leer en voz alta en inglés',
  },
  {
    locale: 'fr-FR',
    guide: french[0],
    own: 'Lire à voix haute en français',
    inEnglish: 'Lire à voix haute en anglais',
  },
]) {
  test(`with a voice for it, a phrase's meaning is read in the reader's language (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    await speechEngine(context, ['en-US', locale]);
    const page = await context.newPage();
    await page.goto(`${server.url}/guides/agents-at-your-door`);
    await expect(heading(page)).toHaveText(guide?.title ?? '');
    const phrases = [...(guide?.rightNow?.sayThis ?? []), ...(guide?.sayThis ?? [])];
    await expect(page.getByRole('button', { name: own })).toHaveCount(phrases.length);
    await expect(page.getByRole('button', { name: inEnglish })).toHaveCount(phrases.length);
    await page.getByRole('button', { name: own }).first().click();
    await page.getByRole('button', { name: inEnglish }).first().click();
    expect(await said(page)).toEqual([
      { text: phrases[0]?.meaning, lang: locale },
      { text: phrases[0]?.english, lang: 'en-US' },
    ]);
    await context.close();
  });
}

test('with both voices, "right now" still shows its steps and phrases on the first screen (es-US)', async ({
  browser,
  server,
}) => {
  // Measured at 360×740: the second phrase ended at 780 px with the two buttons one above the other,
  // at 728 px side by side. (The packs' whole-app languages pass 740 px already with one button.)
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 740 } });
  await speechEngine(context, ['en-US', 'es-US']);
  const page = await context.newPage();
  await page.goto(`${server.url}/guides/agents-at-your-door`);
  const block = page.locator('.right-now');
  await expect(block.getByRole('button', { name: 'Leer en voz alta en español' })).toHaveCount(2);
  for (const step of spanish[0]?.rightNow?.steps ?? [])
    await expect(block.getByText(step, { exact: true })).toBeInViewport({ ratio: 1 });
  for (const phrase of spanish[0]?.rightNow?.sayThis ?? [])
    await expect(block.getByText(`“${phrase.english}”`, { exact: true })).toBeInViewport({ ratio: 1 });
  await context.close();
});

test('in a core language, "right now" is read in it, and the English rest keeps the English read aloud', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  await speechEngine(context, ['en-US', 'ko-KR']);
  const page = await context.newPage();
  await page.goto(`${server.url}/guides/agents-at-your-door`);
  const guide = korean[0];
  await expect(heading(page)).toHaveText(guide?.title ?? '');
  const rightNow = guide?.rightNow?.sayThis ?? [];
  const rest = english[0]?.sayThis ?? [];
  await expect(page.getByRole('button', { name: '한국어로 소리 내어 읽기' })).toHaveCount(rightNow.length);
  await expect(page.getByRole('button', { name: '영어로 소리 내어 읽기' })).toHaveCount(rightNow.length);
  await expect(page.getByRole('button', { name: 'Read aloud in English' })).toHaveCount(rest.length);
  await page.getByRole('button', { name: '한국어로 소리 내어 읽기' }).first().click();
  await page.getByRole('button', { name: 'Read aloud in English' }).first().click();
  expect(await said(page)).toEqual([
    { text: rightNow[0]?.meaning, lang: 'ko-KR' },
    { text: rest[0]?.english, lang: 'en-US' },
  ]);
  await context.close();
});
