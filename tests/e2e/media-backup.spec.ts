import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { jpeg, shownHash } from './support/media';
import { expect, heading, test, type Lang } from './support/app';
import { goInApp, setLockTo } from './support/lock-ui';

// The media backup file (issue 13): a record's photo saved in a file of its own, everything deleted, the
// backup file brought back, then the photo file: the photo is in its record again.

const smallJpeg = (size = 3000) => jpeg(size);

const WORDS = {
  en: {
    mediaRegion: 'Photos and videos',
    choose: 'Save photos too',
    size: 'Photos and videos: 1. The file will be about 3 kB.',
    save: 'Save the photo file',
    importRegion: 'Bring in a photo file',
    picker: 'Photo file',
    toAdd: 'To add: 1',
    confirm: 'Bring in the photos',
    done: 'Done. Photos and videos added: 1.',
    skipped: 'Skipped, because their record is not on this phone: 1',
  },
  es: {
    mediaRegion: 'Fotos y videos',
    choose: 'Guardar también las fotos',
    size: 'Fotos y videos: 1. El archivo tendrá unos 3 kB.',
    save: 'Guardar el archivo de fotos',
    importRegion: 'Traer un archivo de fotos',
    picker: 'Archivo de fotos',
    toAdd: 'Para agregar: 1',
    confirm: 'Traer las fotos',
    done: 'Listo. Fotos y videos agregados: 1.',
    skipped: 'No se agregan porque su registro no está en este teléfono: 1',
  },
} as const;

async function expectAccessible(page: Page) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([]);
}

/** A new record with a place and one photo from the gallery; the page shows the record. */
async function recordWithPhoto(page: Page, photo: Buffer, lang: Lang = 'en'): Promise<void> {
  await page.getByLabel(lang === 'en' ? 'Where? (street, building, crossing)' : /^¿Dónde\?/).fill('Main St');
  await expect(
    page.getByRole('status').filter({ hasText: lang === 'en' ? 'Saved on this phone' : /Guardado/ }),
  ).toBeVisible();
  await page
    .getByLabel(lang === 'en' ? 'Add from the gallery' : 'Agregar de la galería')
    .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText(shownHash(photo))).toBeVisible();
}

async function deleteAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this phone.')).toBeFocused();
}

test('save the photo file, delete all, bring back the backup then the photos: the photo is in its record', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const photo = smallJpeg();
  const words = WORDS.en;
  await page.goto(`${server.url}/record/new`);
  await expect(heading(page)).toHaveText('New record');
  await recordWithPhoto(page, photo);

  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  const media = page.getByRole('region', { name: words.mediaRegion });
  // Nothing chosen by default: no button, no size, until the person asks.
  await expect(media.getByRole('checkbox', { name: words.choose })).not.toBeChecked();
  await expect(media.getByRole('button', { name: words.save })).toHaveCount(0);
  await media.getByRole('checkbox', { name: words.choose }).check();
  await expect(media.getByTestId('media-size')).toHaveText(words.size);
  // No lock: encrypting is the person's choice, as for the backup file.
  await media.getByRole('checkbox', { name: 'Save encrypted' }).uncheck();
  await expectAccessible(page);

  const [backupDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  const backupPath = await backupDownload.path();
  const [mediaDownload] = await Promise.all([
    page.waitForEvent('download'),
    media.getByRole('button', { name: words.save }).click(),
  ]);
  expect(mediaDownload.suggestedFilename()).toMatch(/^files-\d{4}-\d{2}-\d{2}\.bin$/);
  const mediaPath = await mediaDownload.path();
  await expect(media.getByText(`Saved as ${mediaDownload.suggestedFilename()}`)).toBeVisible();
  expect((await readFile(mediaPath)).includes(photo)).toBe(true); // plain: the photo as it was

  await deleteAll(page);
  // The photo file first: its record is not on the phone, so it is skipped, and nothing is added.
  const bringIn = page.getByRole('region', { name: words.importRegion });
  await bringIn.getByLabel(words.picker, { exact: true }).setInputFiles(mediaPath);
  await expect(bringIn.getByTestId('media-preview')).toContainText(words.skipped);
  await expect(bringIn.getByRole('button', { name: words.confirm })).toBeDisabled();
  await bringIn.getByRole('button', { name: 'Cancel' }).click();

  // The backup file (the record's text), then the photo file.
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Bring in the data' }).click();
  await expect(page.getByText('Done. The data from the file is now on this phone.')).toBeVisible();
  await bringIn.getByLabel(words.picker, { exact: true }).setInputFiles(mediaPath);
  await expect(bringIn.getByTestId('media-preview')).toContainText(words.toAdd);
  await expectAccessible(page);
  await bringIn.getByRole('button', { name: words.confirm }).click();
  await expect(bringIn.getByText(words.done)).toBeFocused();

  await page.goto(`${server.url}/record`);
  await page.getByRole('link', { name: /Main St/ }).click();
  await expect(page.getByText(shownHash(photo))).toBeVisible();
  await context.close();
});

test('with a lock set the photo file is always encrypted, and comes back with its passphrase', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const photo = smallJpeg();
  const words = WORDS.en;
  await page.goto(`${server.url}/settings`);
  await setLockTo(page, 'en', 'lantern copper meadow river');
  await goInApp(page, '/record/new');
  await recordWithPhoto(page, photo);
  await goInApp(page, '/settings/data');
  const media = page.getByRole('region', { name: words.mediaRegion });
  await media.getByRole('checkbox', { name: words.choose }).check();
  await expect(media.getByTestId('media-size')).toHaveText(words.size);
  // No box to uncheck: the screen says why.
  await expect(media.getByRole('checkbox', { name: 'Save encrypted' })).toHaveCount(0);
  await expect(media).toContainText('A lock is set, so this file is always encrypted.');
  await media.getByLabel('New passphrase', { exact: true }).fill('photo file words');
  await media.getByLabel('Type it again', { exact: true }).fill('photo file words');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    media.getByRole('button', { name: words.save }).click(),
  ]);
  const mediaPath = await download.path();
  const bytes = await readFile(mediaPath);
  expect(bytes.includes(photo.subarray(0, 40))).toBe(false);
  expect(bytes.includes(Buffer.from('image/jpeg'))).toBe(false);

  // The record stays on the phone; the photo is deleted from it, then brought back from the file.
  await goInApp(page, '/record');
  await page.getByRole('link', { name: /Main St/ }).click();
  await page.getByRole('button', { name: /^Delete \w+ 1$/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete' }).click(); // it asks first
  await expect(page.getByText(shownHash(photo))).toHaveCount(0);
  await goInApp(page, '/settings/data');
  const bringIn = page.getByRole('region', { name: words.importRegion });
  await bringIn.getByLabel(words.picker, { exact: true }).setInputFiles(mediaPath);
  const field = bringIn.getByLabel('Passphrase of the file', { exact: true });
  await expect(field).toBeFocused();
  await field.fill('photo file words');
  await bringIn.getByRole('button', { name: 'Open the file' }).click();
  await expect(bringIn.getByTestId('media-preview')).toContainText(words.toAdd);
  await bringIn.getByRole('button', { name: words.confirm }).click();
  await expect(bringIn.getByText(words.done)).toBeFocused();
  await goInApp(page, '/record');
  await page.getByRole('link', { name: /Main St/ }).click();
  await expect(page.getByText(shownHash(photo))).toBeVisible();
  await context.close();
});

test('the photo file sections in Spanish: axe finds nothing', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'es-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  const words = WORDS.es;
  await page.goto(`${server.url}/record/new`);
  await recordWithPhoto(page, smallJpeg(), 'es');
  await page.goto(`${server.url}/settings/data`);
  const media = page.getByRole('region', { name: words.mediaRegion });
  await media.getByRole('checkbox', { name: words.choose }).check();
  await expect(media.getByTestId('media-size')).toHaveText(words.size);
  await expect(media.getByRole('button', { name: words.save })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
