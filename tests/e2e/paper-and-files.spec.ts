import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { seedChild, seedContact, seedRecords, type PlanSeed } from './support/seed-records';

/*
 * Less on paper and in files: a printout leaves out A-numbers and where the immigration papers are (a
 * line to write them by hand instead) unless the person checks a box, each time; saved files have plain
 * names the person can change.
 */

const A_NUMBER = '123456789';
const PAPERS_WHERE = 'Sobre café en el ropero';
const PAPERS_COPY = 'Lic. Ramírez tiene copia';
const A_NUMBERS_WHERE = 'Libreta roja';

const CONTACTS = [seedContact('rosa', 'Rosa Pérez', { role: 'caregiver', mayPickUpChildren: true })];

const FAMILY: PlanSeed = {
  household: {
    skipped: false,
    data: {
      people: [
        seedChild('mom', 'María López Pérez', {
          isChild: false,
          aNumber: A_NUMBER,
          countryOfBirth: 'México',
        }),
        seedChild('sofi', 'Sofía López', { allergies: 'Cacahuates' }),
      ],
    },
  },
  documents: {
    skipped: false,
    data: {
      items: [
        { id: 'birth-certificates', have: 'yes', originalWhere: 'Caja con llave', copyWith: 'Rosa' },
        { id: 'immigration-papers', have: 'yes', originalWhere: PAPERS_WHERE, copyWith: PAPERS_COPY },
        { id: 'a-numbers', have: 'yes', originalWhere: A_NUMBERS_WHERE, copyWith: '' },
      ],
    },
  },
};

const LEFT_OUT = [A_NUMBER, 'A-123', PAPERS_WHERE, PAPERS_COPY, A_NUMBERS_WHERE];

async function openWithFamily(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  await seedRecords(page, FAMILY, CONTACTS);
}

/** What the paper says: the printout as print media shows it. */
async function printed(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-field').first()).toBeVisible();
  const text = await page.getByRole('main').innerText();
  await page.emulateMedia({ media: 'screen' });
  return text;
}

/** Checks a box as a keyboard user does: Tab until it has focus, then Space. */
async function checkWithKeyboard(page: Page, box: Locator): Promise<void> {
  for (let tries = 0; !(await box.evaluate((element) => element === document.activeElement)); tries += 1) {
    if (tries > 30) throw new Error('the check box was never reached with Tab');
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

test('the printed plan leaves out A-numbers and where the immigration papers are, unless chosen each time', async ({
  page,
  server,
}) => {
  await openWithFamily(page, server.url);
  await page.goto(`${server.url}/plan/print`);
  await expect(heading(page)).toHaveText('Our family plan');

  // Left out: a line to write each by hand, on paper.
  let paper = await printed(page);
  for (const text of LEFT_OUT) expect(paper, text).not.toContain(text);
  expect(paper).toMatch(/A-number\s+Write by hand:/);
  expect(paper).toContain(
    'Immigration papers and court notices · Do you have it? Yes · Where is the original? Write by hand: · Who has a copy? Write by hand:',
  );
  expect(paper).toContain('A-numbers · Do you have it? Yes · Where is the original? Write by hand:');
  // Other papers keep their places.
  expect(paper).toContain('Birth certificates · Do you have it? Yes · Where is the original? Caja con llave');
  expect(paper).not.toContain('and their A-number');
  await page.emulateMedia({ media: 'print' });
  const line = await page
    .locator('.by-hand')
    .first()
    .evaluate((element) => {
      const after = getComputedStyle(element, '::after');
      return { style: after.borderBottomStyle, width: parseFloat(after.width) };
    });
  expect(line.style).toBe('solid');
  expect(line.width).toBeGreaterThan(100);
  await page.emulateMedia({ media: 'screen' });

  // Asked on screen beside Print, with the reason; not on paper.
  const box = page.getByRole('checkbox', {
    name: 'Print the A-numbers and where the immigration papers are',
  });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription(/A paper can be lost, taken or copied\./);
  expect(paper).not.toContain('Print the A-numbers');

  // Chosen with the keyboard: printed as saved.
  await checkWithKeyboard(page, box);
  paper = await printed(page);
  expect(paper).toContain('A-123-456-789');
  expect(paper).toContain(`Where is the original? ${PAPERS_WHERE} · Who has a copy? ${PAPERS_COPY}`);
  expect(paper).toContain(A_NUMBERS_WHERE);
  expect(paper).toContain('and their A-number');
  expect(paper).not.toContain('Write by hand');

  // Not kept: the next printout starts with them left out again.
  await page.reload();
  await expect(box).not.toBeChecked();
  paper = await printed(page);
  for (const text of LEFT_OUT) expect(paper, text).not.toContain(text);
});

test('the caregiver packet leaves out where the immigration papers are, unless chosen each time', async ({
  page,
  server,
}) => {
  await openWithFamily(page, server.url);
  await page.goto(`${server.url}/plan/caregiver`);
  await expect(heading(page)).toHaveText('Caregiver packet');

  let paper = await printed(page);
  for (const text of LEFT_OUT) expect(paper, text).not.toContain(text);
  expect(paper).toContain(
    'Immigration papers and court notices · Where is the original? Write by hand: · Who has a copy? Write by hand:',
  );
  expect(paper).toContain('Birth certificates · Where is the original? Caja con llave');

  const box = page.getByRole('checkbox', { name: 'Print where the immigration papers are' });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription(/A paper can be lost, taken or copied\./);
  await checkWithKeyboard(page, box);
  paper = await printed(page);
  expect(paper).toContain(`Where is the original? ${PAPERS_WHERE} · Who has a copy? ${PAPERS_COPY}`);
  expect(paper).toContain(A_NUMBERS_WHERE);
  expect(paper).not.toContain('Write by hand');
  // A-numbers are never in the packet.
  expect(paper).not.toContain(A_NUMBER);

  await page.goto(`${server.url}/plan`);
  await page.goto(`${server.url}/plan/caregiver`);
  await expect(box).not.toBeChecked();
  paper = await printed(page);
  expect(paper).not.toContain(PAPERS_WHERE);
});

test('in Spanish, the printouts ask in Spanish and leave the same out', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await openWithFamily(page, server.url);

  await page.goto(`${server.url}/plan/print`);
  let paper = await printed(page);
  for (const text of LEFT_OUT) expect(paper, text).not.toContain(text);
  expect(paper).toContain('Escriba a mano:');
  const box = page.getByRole('checkbox', {
    name: 'Imprimir los números A y dónde están los papeles de inmigración',
  });
  await expect(box).not.toBeChecked();
  await expect(box).toHaveAccessibleDescription(/Un papel se puede perder/);

  await page.goto(`${server.url}/plan/caregiver`);
  paper = await printed(page);
  expect(paper).not.toContain(PAPERS_WHERE);
  expect(paper).toContain('Escriba a mano:');
  await expect(
    page.getByRole('checkbox', { name: 'Imprimir dónde están los papeles de inmigración' }),
  ).not.toBeChecked();
  await context.close();
});

test('saved files have a plain name the person can change; the caregiver file leaves out where the immigration papers are unless chosen', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await openWithFamily(page, server.url);
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA')); // YYYY-MM-DD

  // Saved as it opens: plain names, and the caregiver file without where the immigration papers are.
  const packet = page.getByRole('region', { name: 'A file for the person who would care for your children' });
  const save = packet.getByRole('button', { name: 'Save the caregiver packet as a file' });
  let [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toBe(`notes-to-share-${today}.json`);
  let text = await download.createReadStream().then(readAll);
  expect(text).toContain('Caja con llave');
  for (const leftOut of [PAPERS_WHERE, PAPERS_COPY, A_NUMBERS_WHERE, A_NUMBER]) {
    expect(text).not.toContain(leftOut);
  }
  const backup = page.getByRole('region', { name: 'Save a backup file' });
  [download] = await Promise.all([
    page.waitForEvent('download'),
    backup.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`notes-${today}.json`);

  // The name is a text field the person can change before saving.
  const backupName = backup.getByRole('textbox', { name: 'File name' });
  await expect(backupName).toHaveValue(`notes-${today}.json`);
  await expect(backupName).toHaveAccessibleDescription(/does not say what is in the file/);
  await backupName.fill('recetas');
  [download] = await Promise.all([
    page.waitForEvent('download'),
    backup.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('recetas.json');
  await expect(backup.getByText('Saved as recetas.json.')).toBeVisible();
  await expect(packet.getByRole('textbox', { name: 'File name' })).toHaveValue(
    `notes-to-share-${today}.json`,
  );

  // Chosen: the caregiver file holds where the papers are (never an A-number).
  const papers = packet.getByRole('checkbox', { name: 'Put in the file where the immigration papers are' });
  await expect(papers).not.toBeChecked();
  await papers.check();
  [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  text = await download.createReadStream().then(readAll);
  expect(text).toContain(PAPERS_WHERE);
  expect(text).toContain(A_NUMBERS_WHERE);
  expect(text).not.toContain(A_NUMBER);

  for (const locale of ['en-US', 'es-US']) {
    const other = await browser.newContext({ locale, serviceWorkers: 'block' });
    const screen = await other.newPage();
    await screen.goto(`${server.url}/settings/data`);
    await expect(screen.locator('#caregiver-papers')).toBeVisible();
    const results = await new AxeBuilder({ page: screen })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${locale}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    await other.close();
  }
  await context.close();
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
