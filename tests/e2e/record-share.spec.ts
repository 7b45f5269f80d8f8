import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { collectErrors, expect, heading, test } from './support/app';
import { shownHash } from './support/media';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * A small JPEG as a phone writes it: an Exif segment with a GPS position (latitude 34°) and an XMP
 * segment that repeats it, then the image data.
 */
function jpegWithGps(): { bytes: Buffer; latitude: Buffer } {
  const u16 = (n: number) => [n & 0xff, n >> 8];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  const latitude = [0x22, 0, 0, 0, 1, 0, 0, 0, 0x0e, 0, 0, 0, 1, 0, 0, 0, 0x2d, 0x16, 0, 0, 0x64, 0, 0, 0];
  const tiff = [0x49, 0x49, 0x2a, 0x00, ...u32(8)];
  tiff.push(...u16(1), ...u16(0x8825), ...u16(4), ...u32(1), ...u32(26), ...u32(0)); // IFD0: the GPS pointer
  tiff.push(...u16(2), ...u16(1), ...u16(2), ...u32(2), 0x4e, 0, 0, 0); // GPS IFD at 26: 'N'
  tiff.push(...u16(2), ...u16(5), ...u32(3), ...u32(56), ...u32(0), ...latitude); // latitude at 56
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    ...[(body.length + 2) >> 8, (body.length + 2) & 0xff],
    ...body,
  ];
  const bytes = Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe1, [...ascii('Exif'), 0, 0, ...tiff]),
    ...segment(0xe1, ascii('http://ns.adobe.com/xap/1.0/\0<exif:GPSLatitude>34,0N</exif:GPSLatitude>')),
    ...[0xff, 0xda, 0x00, 0x04, 0x01, 0x02, 0x42, 0x42, 0x42, 0xff, 0xd9],
  ]);
  return { bytes, latitude: Buffer.from(latitude) };
}

/** The share sheet, stubbed: what the page hands it is kept, the files as bytes, for the test to read. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    const shared: { text: string | undefined; files: { name: string; type: string; bytes: number[] }[] }[] =
      [];
    Object.assign(window, { __shared: shared });
    Object.assign(navigator, {
      canShare: (data: ShareData) => (data.files ?? []).every((file) => file.type === 'image/jpeg'),
      share: async (data: ShareData) => {
        const files = await Promise.all(
          (data.files ?? []).map(async (file) => ({
            name: file.name,
            type: file.type,
            bytes: [...new Uint8Array(await file.arrayBuffer())],
          })),
        );
        shared.push({ text: data.text, files });
      },
    });
  });
}

const sharedSoFar = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __shared: { text?: string; files: { name: string; bytes: number[] }[] }[] })
        .__shared,
  );

test('the record is shared through the share sheet: its text, and its photos without their place', async ({
  page,
  server,
}) => {
  const errors = collectErrors(page);
  await stubShareSheet(page);
  const { bytes: photo, latitude } = jpegWithGps();
  await page.goto(`${server.url}/record/new`);
  await expect(heading(page)).toHaveText('New record');
  await page.getByLabel('Where? (street, building, crossing)').fill('Main St & 5th, car wash');
  await page.getByRole('button', { name: 'Add a person who was taken' }).click();
  await page
    .getByRole('group', { name: 'Person 1' })
    .getByLabel('A-number, if known (8 or 9 digits)')
    .fill('A123456789');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this phone' })).toBeVisible();
  await page
    .getByLabel('Add from the gallery')
    .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText(shownHash(photo))).toBeVisible();

  await page.getByRole('button', { name: 'Share the text' }).click();
  await expect.poll(async () => (await sharedSoFar(page)).length).toBe(1);
  const [text] = await sharedSoFar(page);
  expect(text?.files).toEqual([]);
  expect(text?.text).toContain('Where: Main St & 5th, car wash');
  expect(text?.text).toContain(`Photos and videos, the originals on this phone (SHA-256): #1 image/jpeg`);
  expect(text?.text).toContain(sha256(photo));
  expect(text?.text).not.toContain('123456789'); // not ticked

  await page.getByRole('button', { name: 'Share the photos' }).click();
  await expect.poll(async () => (await sharedSoFar(page)).length).toBe(2);
  const photos = (await sharedSoFar(page))[1];
  expect(photos?.files.map(({ name }) => name)).toEqual(['photo-1.jpg']);
  const copy = Buffer.from(photos?.files[0]?.bytes ?? []);
  // The copy has no GPS position left, in Exif or in XMP; the image data is the same.
  expect(copy.includes(latitude)).toBe(false);
  expect(copy.includes(Buffer.from('GPSLatitude'))).toBe(false);
  expect(copy.subarray(copy.length - 11).equals(photo.subarray(photo.length - 11))).toBe(true);
  expect(photo.includes(latitude)).toBe(true);
  // Its own hash goes with it, beside the original's: the copy's bytes are not the original's.
  expect(sha256(copy)).not.toBe(sha256(photo));
  expect(photos?.text).toContain(`Shared copies without the place (SHA-256): #1 photo-1.jpg ${sha256(copy)}`);
  expect(photos?.text).toContain(sha256(photo));
  // The original on the phone is kept as it was taken.
  await expect(page.getByText(shownHash(photo))).toBeVisible();
  expect(errors).toEqual([]);
});

test('the report file opens on its own, shows the record and its photo copy, and asks nothing of the network', async ({
  page,
  context,
  server,
}) => {
  const { bytes: photo } = jpegWithGps();
  await page.goto(`${server.url}/record/new`);
  await page.getByLabel('Where? (street, building, crossing)').fill('Bus stop <b>on</b> 3rd');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this phone' })).toBeVisible();
  await page
    .getByLabel('Add from the gallery')
    .setInputFiles({ name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText(shownHash(photo))).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.html$/);
  // Kept under its own name: opened as a file ending in .html, as a person would.
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const html = await readFile(path, 'utf8');
  const embedded = Buffer.from(/src="data:image\/jpeg;base64,([^"]+)"/.exec(html)?.[1] ?? '', 'base64');
  expect(embedded.includes(Buffer.from('GPSLatitude'))).toBe(false);
  expect(html).toContain(sha256(photo));
  expect(html).toContain(`#1 photo-1.jpg ${sha256(embedded)}`);

  const report = await context.newPage();
  const requests: string[] = [];
  report.on('request', (request) => requests.push(request.url()));
  await report.goto(`file://${path}`);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Incident record');
  await expect(report.locator('bdi').filter({ hasText: 'Bus stop <b>on</b> 3rd' })).toBeVisible();
  await expect(report.locator('b')).toHaveCount(0);
  await expect(report.getByRole('img', { name: 'photo-1.jpg' })).toHaveCount(1);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
});
