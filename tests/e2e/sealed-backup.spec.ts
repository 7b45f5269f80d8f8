import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { goInApp, LOCK_WORDS, setLockTo } from './support/lock-ui';
import { seedChild, seedContact, seedRecords } from './support/seed-records';

// Issue 11: encrypted backup files (version 4, src/storage/backup/envelope.ts). With a lock set, "Save
// encrypted" starts checked; the file has a passphrase of its own; bringing it in asks for it, and a
// wrong one changes nothing.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ROSA = 'Rosa Yk4marker';
const SOFI = 'Sofía Yk4marker';
const LOCK_PASSPHRASE = 'nube trigo farol pesca';
const FILE_PASSPHRASE = 'mango lluvia puente sal';

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** How many contacts are stored, read with IndexedDB itself (0 when there is no database). */
function storedContacts(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'defend-your-rights')) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('defend-your-rights');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open'));
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('contacts').objectStore('contacts').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot count'));
    });
    db.close();
    return count;
  });
}

test('with a lock set: save an encrypted backup, delete everything, bring it back with its passphrase', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/plan/household`);
  await expect(heading(page)).toHaveText('Household');
  const household = { skipped: false, data: { people: [seedChild('sofi', SOFI)] } };
  await seedRecords(page, { household }, [seedContact('rosa', ROSA)]);
  await page.goto(`${server.url}/settings`);
  await expect(heading(page)).toHaveText('Settings');
  await setLockTo(page, 'en', LOCK_PASSPHRASE);
  await goInApp(page, '/settings/data');
  await expect(page.getByTestId('data-on-phone')).toContainText('Contacts: 1');

  // Encrypted by default, both files, with a plain word on what that means.
  const backup = page.getByRole('region', { name: 'Save a backup file' });
  const packet = page.getByRole('region', { name: 'A file for the person who would care for your children' });
  await expect(backup.getByRole('checkbox', { name: 'Save encrypted' })).toBeChecked();
  await expect(packet.getByRole('checkbox', { name: 'Save encrypted' })).toBeChecked();
  await expect(backup).toContainText('If you forget the passphrase, the file is useless');
  await expect(packet).toContainText('Do not send it with the file.');

  // Typed twice: two different passphrases save nothing.
  await backup.getByLabel('New passphrase', { exact: true }).fill(FILE_PASSPHRASE);
  await backup.getByLabel('Type it again', { exact: true }).fill(`${FILE_PASSPHRASE}x`);
  await backup.getByRole('button', { name: 'Save a backup file' }).click();
  await expect(backup.getByLabel('Type it again', { exact: true })).toBeFocused();
  await expect(backup).toContainText('The two passphrases are not the same.');
  await expectAccessible(page);

  await backup.getByLabel('Type it again', { exact: true }).fill(FILE_PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backup.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  const savedPath = await download.path();
  // Saved, the passphrase is no longer on screen.
  await expect(backup.getByLabel('New passphrase', { exact: true })).toHaveValue('');
  const text = await readFile(savedPath, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    version: 4,
    kdf: { name: 'argon2id' },
    cipher: { name: 'AES-GCM' },
  });
  for (const marker of ['Yk4marker', 'Rosa', 'Sof']) expect(text).not.toContain(marker);

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this phone.')).toBeFocused();
  expect(await storedContacts(page)).toBe(0);

  // Brought in: its passphrase is asked; a wrong one is refused, and nothing is stored.
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(savedPath);
  const field = page.getByLabel('Passphrase of the file', { exact: true });
  await expect(field).toBeFocused();
  await expectAccessible(page);
  await field.fill(LOCK_PASSPHRASE); // the lock's passphrase is not the file's
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Wrong passphrase, or the file is damaged/);
  await expect(field).toBeFocused();
  expect(await storedContacts(page)).toBe(0);
  await expectAccessible(page);

  await field.fill(FILE_PASSPHRASE);
  await page.getByRole('button', { name: 'Open the file' }).click();
  const preview = page.locator('.data-preview');
  await expect(preview).toContainText('Contacts: 1');
  await expect(preview).toContainText('Parts of the family plan: 1 of 7');
  await page.getByRole('button', { name: 'Bring in the data' }).click();
  await expect(page.getByText('Done. The data from the file is now on this phone.')).toBeFocused();
  expect(await storedContacts(page)).toBe(1);
  await goInApp(page, '/contacts');
  await expect(page.getByText(ROSA)).toBeVisible();
  await context.close();
});

test('in Spanish, with no lock: plain by default; an encrypted file is saved and asked for its passphrase', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'es-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Sus datos');
  const backup = page.getByRole('region', { name: 'Guardar un archivo de respaldo' });
  const choice = backup.getByRole('checkbox', { name: 'Guardar cifrado' });
  await expect(choice).not.toBeChecked();
  await expect(backup).toContainText(
    'El archivo no está cifrado: cualquier persona que lo tenga puede leerlo.',
  );
  await choice.check();
  await expect(backup).toContainText('Si olvida la contraseña, el archivo ya no sirve');
  await backup.getByRole('button', { name: LOCK_WORDS.es.choose }).click();
  const first = backup.getByLabel(LOCK_WORDS.es.next, { exact: true });
  await expect(first).not.toHaveValue('');
  const words = await first.inputValue();
  await backup.getByLabel(LOCK_WORDS.es.again, { exact: true }).fill(words);
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    backup.getByRole('button', { name: 'Guardar un archivo de respaldo' }).click(),
  ]);
  const savedPath = await download.path();
  expect(JSON.parse(await readFile(savedPath, 'utf8'))).toMatchObject({ version: 4 });

  await page.getByLabel('Archivo de respaldo', { exact: true }).setInputFiles(savedPath);
  const field = page.getByLabel('Contraseña del archivo', { exact: true });
  await expect(field).toBeFocused();
  await field.fill(`${words} otra`);
  await page.getByRole('button', { name: 'Abrir el archivo' }).click();
  await expect(field).toHaveAccessibleDescription(/La contraseña no es correcta, o el archivo está dañado/);
  await expectAccessible(page);
  await field.fill(words);
  await page.getByRole('button', { name: 'Abrir el archivo' }).click();
  await expect(page.locator('.data-preview')).toContainText('Contactos: 0');
  await context.close();
});
