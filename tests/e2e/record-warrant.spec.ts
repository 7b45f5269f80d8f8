import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { goInApp, setLockTo, unlockWith } from './support/lock-ui';

/** The words on screen (locales/<lang>/record.json and warrant.json), as a person reads them. */
const WORDS = {
  en: {
    newTitle: 'New record',
    title: 'Record',
    where: 'Where? (street, building, crossing)',
    shown: 'Did they show a warrant?',
    yes: 'Yes',
    no: 'No',
    saved: 'Saved on this phone',
    check: 'Check the paper',
    warrant: 'Is this a real warrant?',
    mismatch: 'Something on this paper does not match',
    keep: 'Keep this answer in my record',
    kept: 'Wrong name or address',
    court: 'A federal or state court at the top: Yes',
    name: 'Right address, and names someone who lives here or the places to search: No',
    print: 'Print',
    answers: 'Warrant check answers',
  },
  es: {
    newTitle: 'Registro nuevo',
    title: 'Registro',
    where: '¿Dónde? (calle, edificio, esquina)',
    shown: '¿Mostraron una orden?',
    yes: 'Sí',
    no: 'No',
    saved: 'Guardado en este teléfono',
    check: 'Revisar el papel',
    warrant: '¿Es una orden real?',
    mismatch: 'Algo en este papel no coincide',
    keep: 'Guardar esta respuesta en mi registro',
    kept: 'Nombre o dirección equivocados',
    court: 'Una corte federal o estatal arriba: Sí',
    name: 'Dirección correcta, y nombra a alguien que vive aquí o los lugares a registrar: No',
    print: 'Imprimir',
    answers: 'Respuestas de la revisión de la orden',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

const saved = (page: Page, words: Words) =>
  expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible();

/** On the record: agents showed a paper, "Check the paper", then the check answered to a verdict. */
async function checkThePaper(page: Page, words: Words, place: string): Promise<void> {
  await page.getByLabel(words.where).fill(place);
  await page.getByRole('group', { name: words.shown }).getByLabel(words.yes).check();
  await saved(page, words);
  await page.getByRole('button', { name: words.check }).click();
  await expect(heading(page)).toHaveText(words.warrant);
  for (const answer of [words.yes, words.yes, words.no, words.no])
    await page.getByRole('button', { name: answer, exact: true }).click();
  await expect(page.getByRole('heading', { name: words.mismatch })).toBeVisible();
}

/** The record shows the check's verdict and the answers that led to it. */
async function verdictShown(page: Page, words: Words): Promise<void> {
  const kept = page.getByRole('group', { name: /./ }).filter({ hasText: words.check });
  await expect(kept.getByText(words.kept, { exact: true })).toBeVisible();
  await expect(kept.getByText(words.court)).toBeVisible();
  await expect(kept.getByText(words.name)).toBeVisible();
}

for (const lang of ['en', 'es'] as const) {
  test(`the warrant check's verdict, reached from a record, is kept in it after a reload; axe 0 (${lang})`, async ({
    browser,
    server,
  }) => {
    const words = WORDS[lang];
    const context = await browser.newContext({ locale: `${lang}-US`, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}/record/new`);
    await expect(heading(page)).toHaveText(words.newTitle);
    await checkThePaper(page, words, 'Calle 5 y Main');
    // Nothing of the record in the check's address.
    expect(new URL(page.url()).pathname).toBe('/warrant');
    expect(new URL(page.url()).search).toBe('');
    expect((await axe(page)).violations).toEqual([]);

    await page.getByRole('button', { name: words.keep }).click();
    await expect(page).toHaveURL(/\/record\/[\w-]{36}$/);
    await expect(heading(page)).toHaveText(words.title);
    await verdictShown(page, words);
    await expect(page.locator(':focus')).toHaveText(words.kept);
    await saved(page, words);
    expect((await axe(page)).violations).toEqual([]);

    await page.reload();
    await expect(page.getByLabel(words.where)).toHaveValue('Calle 5 y Main');
    await verdictShown(page, words);

    // On paper (the same lines as the shared text and the report file), in words.
    await page.getByRole('button', { name: words.print }).click();
    const printout = page.locator('.printout');
    await expect(printout.getByText(words.kept, { exact: true })).toBeVisible();
    await expect(printout.getByText(words.answers)).toBeVisible();
    await expect(printout.getByText(words.court)).toBeVisible();
    await context.close();
  });
}

test('the warrant check opened on its own, or again after leaving one, has nothing to keep', async ({
  page,
  server,
}) => {
  const words = WORDS.en;
  await page.goto(`${server.url}/record/new`);
  await checkThePaper(page, words, 'Main St');
  await goInApp(page, '/'); // left without keeping the answer
  await goInApp(page, '/warrant');
  await page.getByRole('button', { name: words.no, exact: true }).click();
  await expect(page.getByRole('heading', { name: /immigration paper/ })).toBeVisible();
  await expect(page.getByRole('button', { name: words.keep })).toHaveCount(0);
});

test("with a lock set, a record started without unlocking keeps the check's verdict, read after the unlock", async ({
  page,
  server,
}) => {
  test.slow(); // two key derivations on a shared machine
  const words = WORDS.en;
  const passphrase = 'river lantern copper meadow';
  await page.goto(`${server.url}/settings`);
  await setLockTo(page, 'en', passphrase);
  await page.goto(`${server.url}/record`); // a new page holds no key: locked
  await page.getByRole('link', { name: 'Write down what happened without unlocking' }).click();
  await expect(heading(page)).toHaveText(words.newTitle);
  await checkThePaper(page, words, 'Laundromat on Pico');
  await page.getByRole('button', { name: words.keep }).click();
  await expect(page).toHaveURL(/\/record\/[\w-]{36}$/);
  // The record as this page held it (the drop box lets no one read it back), with the verdict, saved.
  await expect(page.getByLabel(words.where)).toHaveValue('Laundromat on Pico');
  await verdictShown(page, words);
  await saved(page, words);

  await page.reload();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await expect(page.getByText(words.kept, { exact: true })).toHaveCount(0);
  await unlockWith(page, 'en', passphrase);
  await expect(page.getByLabel(words.where)).toHaveValue('Laundromat on Pico');
  await verdictShown(page, words);
});
