import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, heading, test, waitUntilControlled } from './support/app';
import { seed } from './support/seed-contacts';

const DB = 'defend-your-rights';

/**
 * A backup file as the app wrote it (version 1): two contacts, one practice record, both settings, the
 * local line among them (a rapid-response contact since database version 6: `LOCAL_LINE`).
 */
function backupFile(language: 'en' | 'es') {
  return {
    format: 'defend-your-rights-backup',
    version: 1,
    exportedAt: '2026-03-01T12:00:00.000Z',
    settings: { language, rapidResponseNumber: '5551234567' },
    contacts: [
      {
        id: 'tia-rosa',
        name: 'Tía Rosa',
        phones: ['+12135550100'],
        role: 'caregiver',
        languages: 'Español',
        notes: '<img src=x onerror=alert(1)>',
        mayPickUpChildren: true,
        order: 0,
      },
      {
        id: 'lawyer',
        name: 'Lic. Pérez',
        phones: ['+525512345678', '+12135550111'],
        role: 'lawyer',
        languages: 'English, Español',
        notes: '',
        mayPickUpChildren: false,
        order: 1,
      },
    ],
    practice: [{ contactId: 'tia-rosa', right: 3, tries: 5, lastTried: '2026-02-28' }],
  };
}

/** The contact the file's local line becomes when it is read (src/storage/local-line.ts). */
const LOCAL_LINE = {
  id: 'local-line',
  name: 'Local line · Línea local',
  phones: ['+15551234567'],
  role: 'rapid-response',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 2,
};

const asFile = (content: unknown, name = 'backup.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

/** Every record of every store, read with IndexedDB itself; `null` when the database does not exist. */
function storedRecords(page: Page) {
  return page.evaluate(async (name) => {
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    if (!(await indexedDB.databases()).some((db) => db.name === name)) return null;
    const db = await ask(indexedDB.open(name));
    const out: Record<string, Array<[IDBValidKey, unknown]>> = {};
    // Every record store; `meta` holds the database's epoch, not a record.
    for (const store of Array.from(db.objectStoreNames).filter((name) => name !== 'meta')) {
      const tx = db.transaction(store);
      const keys = await ask(tx.objectStore(store).getAllKeys());
      const values = await ask(tx.objectStore(store).getAll());
      out[store] = keys.map((key, index) => [key, values[index]]);
    }
    db.close();
    return out;
  }, DB);
}

/** The stored values (inside the codec's seal), per store and key, without revisions. */
async function storedValues(page: Page) {
  const records = await storedRecords(page);
  if (!records) return null;
  return Object.fromEntries(
    Object.entries(records).map(([store, rows]) => [
      store,
      Object.fromEntries(
        rows.map(([key, row]) => [
          String(key),
          (row as { body: { codec: string; data: unknown } }).body.data,
        ]),
      ),
    ]),
  );
}

/**
 * What the import of `backupFile()`, with its settings taken, must leave on the phone, in the stored
 * form: contacts and settings marked as from a file until the person edits them.
 */
function expectedValues(language: 'en' | 'es') {
  const file = backupFile(language);
  const fromFile = (value: string) => ({ value, fromFile: true });
  return {
    settings: { language: fromFile(file.settings.language) },
    contacts: Object.fromEntries(
      [...file.contacts, LOCAL_LINE].map((contact) => [contact.id, { ...contact, fromFile: true }]),
    ),
    practice: { 'tia-rosa': { right: 3, tries: 5, lastTried: '2026-02-28' } },
    plan: {}, // a version 1 file has no family plan
    alerts: {}, // nor an alert set-up
    // Database version 8: incident records and their photos (none in these files).
    incidents: {},
    media: {},
  };
}

/** No axe violation, and nothing wider than the phone (390 px), in the screen's current step. */
async function expectAccessible(page: Page) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function pickFile(page: Page, file: ReturnType<typeof asFile> | string) {
  await page.getByLabel(/^(Backup file|Archivo de respaldo)$/).setInputFiles(file);
}

test('export, delete everything, then bring the file back: all of it returns, offline', async ({
  browser,
  ownServer,
}) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${ownServer.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  await waitUntilControlled(page);
  await page.getByRole('button', { name: 'Close' }).click(); // "Ready to use offline"
  await ownServer.stop();
  await page.reload();
  const onPhone = page.getByTestId('data-on-phone');
  await expect(onPhone).toContainText('Contacts: 0');

  // Put two contacts, a practice record and both settings on the phone, from a file.
  await pickFile(page, asFile(backupFile('en')));
  await expect(page.getByRole('heading', { name: 'This file holds' })).toBeFocused();
  const preview = page.locator('.data-preview');
  await expect(preview).toContainText('Contacts: 3');
  await expect(preview).toContainText('Numbers practiced from memory: 1');
  await expect(preview).toContainText('Settings: language');
  await expect(preview).toContainText('Saved on March 1, 2026');
  // The local line, a setting in this older file, is a calling contact the file adds.
  await expect(page.getByTestId('import-calling')).toContainText(
    'Local line · Línea local (rapid-response line): +1 555 123 4567 · new',
  );
  await page.getByLabel('Replace everything on this phone').check();
  await page.getByLabel('Use the settings from the file').check();
  await page.getByRole('button', { name: 'Bring in the data' }).click();
  await expect(page.getByText('Done. The data from the file is now on this phone.')).toBeFocused();
  await expect(onPhone).toContainText('Contacts: 3');
  expect(await storedValues(page)).toEqual(expectedValues('en'));

  // Save the backup file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
  const savedPath = await download.path();
  const saved = JSON.parse(await readFile(savedPath, 'utf8')) as ReturnType<typeof backupFile>;
  // Version 7: the version 1 file's content, the plan and the alert set-up (none saved here).
  // The local line is written as the contact it is now, not as a setting.
  expect(saved).toMatchObject({
    ...backupFile('en'),
    version: 7,
    settings: { language: 'en' },
    contacts: [...backupFile('en').contacts, LOCAL_LINE],
    plan: {},
    exportedAt: expect.any(String),
  });
  expect(saved.settings).toEqual({ language: 'en' });
  await expect(page.getByText(`Saved as ${download.suggestedFilename()}`)).toBeVisible();

  // Delete everything, after saying yes a second time.
  await page.evaluate(() => localStorage.setItem('left-behind', 'x'));
  expect(await page.evaluate(() => caches.has('shown-language'))).toBe(true);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(page.getByText('Delete everything? This cannot be undone.')).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this phone.')).toBeFocused();
  await expect(onPhone).toContainText('Contacts: 0');
  expect(await storedRecords(page)).toBeNull();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  // The language the app last showed (kept for the worker's first paint) is forgotten too.
  expect(await page.evaluate(() => caches.has('shown-language'))).toBe(false);

  // The app still works offline; bring the saved file back in (merge).
  await page.reload();
  await expect(onPhone).toContainText('Contacts: 0');
  await pickFile(page, savedPath);
  await expect(preview).toContainText('Contacts: 3');
  await expect(page.getByLabel('Add to what is on this phone (merge)')).toBeChecked();
  await page.getByLabel('Use the settings from the file').check();
  await page.getByRole('button', { name: 'Bring in the data' }).click();
  await expect(page.getByText('Done. The data from the file is now on this phone.')).toBeVisible();
  expect(await storedValues(page)).toEqual(expectedValues('en'));

  await page.reload();
  await expect(onPhone).toContainText('Contacts: 3');
  await expect(onPhone).toContainText('Numbers practiced from memory: 1');
  await expect(onPhone).toContainText('Settings: language');
  await context.close();
});

test('a refused file says why beside the picker, and changes nothing', async ({ browser, server }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  // The app has opened (and so created) its database once it shows what is on the phone; seeding before
  // that would create an empty database of its own.
  await expect(page.getByTestId('data-on-phone').locator('.data-summary')).toBeVisible();
  // Seed the phone the way the app stores records: {rev, body: {codec, data}}.
  await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['contacts', 'settings'], 'readwrite');
    const contact = {
      id: 'ana',
      name: 'Ana',
      phones: ['+12135550100'],
      role: 'family',
      languages: '',
      notes: '',
      mayPickUpChildren: false,
      order: 0,
    };
    tx.objectStore('contacts').put({ rev: 4, body: { codec: 'plain-1', data: contact } }, 'ana');
    tx.objectStore('settings').put({ rev: 1, body: { codec: 'plain-1', data: 'en' } }, 'language');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, DB);
  await page.reload();
  await expect(page.getByTestId('data-on-phone')).toContainText('Contacts: 1');
  const before = await storedRecords(page);

  const refusals: Array<[ReturnType<typeof asFile>, string]> = [
    [asFile('{"format":"defend-your-rights-backup","version":1,"contac'), 'This file is damaged'],
    // Version 4 is the encrypted file (src/storage/backup/envelope.ts): plain versions skip it.
    [
      asFile({ ...backupFile('en'), version: 8 }),
      'made by a newer version of the app. Update this app first',
    ],
    [asFile({ ...backupFile('en'), version: 4 }), 'Some information in this file is wrong'],
    [asFile({ name: 'Ana' }), 'This is not a backup file of this app.'],
    [asFile(' '.repeat(5 * 1024 * 1024 + 1)), 'This file is too big (over 5 MB).'],
  ];
  const picker = page.getByLabel('Backup file', { exact: true });
  for (const [file, message] of refusals) {
    await pickFile(page, file);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(alert).toBeFocused();
    await expect(picker).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.data-preview')).toHaveCount(0); // no way to go on with it
    expect(await storedRecords(page)).toEqual(before);
  }
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByTestId('data-on-phone')).toContainText('Contacts: 1');
  await context.close();
});

test('in Spanish, by keyboard only: bring in a file, then delete everything', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'es-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  // Listening before the page loads: Playwright then intercepts the file chooser for sure by the time
  // the key is pressed (started together with the key press, it missed the dialog once on a busy machine).
  const chooserOpened = page.waitForEvent('filechooser');
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Sus datos');

  // The file picker opens from the keyboard; the preview heading then takes focus.
  const picker = page.getByLabel('Archivo de respaldo', { exact: true });
  await picker.focus();
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  await chooser.setFiles(asFile(backupFile('es')));
  await expect(page.getByRole('heading', { name: 'Este archivo tiene' })).toBeFocused();
  await expect(page.locator('.data-preview')).toContainText('Contactos: 3');
  await expect(page.locator('.data-preview')).toContainText('Guardado el 1 de marzo de 2026');
  await expect(page.getByTestId('import-calling')).toContainText(
    '+52 55 1234 5678 México, (213) 555-0111 Estados Unidos',
  );
  await expectAccessible(page);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Agregar a lo que hay en este teléfono (combinar)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Reemplazar todo lo que hay en este teléfono')).toBeChecked();
  // The file's settings: this phone's are kept unless the person chooses the file's.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Dejar los ajustes de este teléfono')).toBeFocused();
  await expect(page.getByLabel('Dejar los ajustes de este teléfono')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Usar los ajustes del archivo')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Traer los datos' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Listo. Los datos del archivo ya están en este teléfono.')).toBeFocused();
  await expect(page.getByTestId('data-on-phone')).toContainText('Contactos: 3');
  expect(await storedValues(page)).toEqual(expectedValues('es'));

  // A refused file, in Spanish.
  await pickFile(page, asFile('esto no es JSON'));
  await expect(page.getByRole('alert')).toHaveText(
    'Este archivo está dañado o no es un archivo de respaldo. Elija el archivo .json que guardó esta aplicación. No se cambió nada.',
  );

  // "No" keeps everything and gives focus back; "Sí" deletes it all.
  const deleteButton = page.getByRole('button', { name: 'Borrar todos mis datos' });
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('¿Borrar todo? Esto no se puede deshacer.')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'No, conservar mis datos' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deleteButton).toBeFocused();
  expect(await storedValues(page)).toEqual(expectedValues('es'));

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sí, borrar todo' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Todos sus datos se borraron de este teléfono.')).toBeFocused();
  expect(await storedRecords(page)).toBeNull();
  await context.close();
});

test('a file saved in Spanish switches the app to Spanish when its settings are taken', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  await pickFile(page, asFile(backupFile('es')));
  await expect(page.locator('.data-preview')).toContainText('Language: none → Español');
  await page.getByLabel('Use the settings from the file').check();
  await page.getByRole('button', { name: 'Bring in the data' }).click();
  await expect(heading(page)).toHaveText('Sus datos');
  await expect(page.getByText('Listo. Los datos del archivo ya están en este teléfono.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
});

test("a file's one-tap numbers are shown before anything changes; the phone's own local line stays the one-tap line", async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  await seed(page, {
    contacts: [{ id: 'own', name: 'Valley line', phones: ['+12135550100'], role: 'rapid-response' }],
  });
  // From a stranger, made before database version 6: another local line (a setting then), and a "lawyer".
  const file = {
    format: 'defend-your-rights-backup',
    version: 2,
    exportedAt: '2026-03-01T12:00:00.000Z',
    settings: { rapidResponseNumber: '+12135550199' },
    contacts: [
      {
        id: 'x',
        name: 'Lic. Falso',
        phones: ['+12135550666'],
        role: 'lawyer',
        languages: '',
        notes: '',
        mayPickUpChildren: false,
        order: 0,
      },
    ],
    practice: [],
    plan: { review: { skipped: false, data: { lastReviewed: '2026-03-01' } } },
  };
  await pickFile(page, asFile(file));
  // The file's local line is not a setting any more: it is one of the numbers it would add, shown.
  await expect(page.getByTestId('import-settings')).toHaveCount(0);
  const calling = page.getByTestId('import-calling');
  // Each number with the country it rings in, as on the contacts list.
  await expect(calling).toContainText('Lic. Falso (lawyer): (213) 555-0666 United States · new');
  await expect(calling).toContainText(
    'Local line · Línea local (rapid-response line): (213) 555-0199 United States · new',
  );
  // Numbers are isolated left-to-right text, names isolated: neither can reorder the line.
  await expect(calling.locator('bdi:not([dir])')).toHaveText(['Lic. Falso', 'Local line · Línea local']);
  await expect(calling.locator('bdi[dir="ltr"]')).toHaveText(['(213) 555-0666', '(213) 555-0199']);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bring in the data' }).click();
  await expect(page.getByText('Done. The data from the file is now on this phone.')).toBeFocused();

  // The help screen's local line is still this phone's; the file's numbers are one tap away, and say
  // where they came from.
  await page.goto(`${server.url}/help`);
  await expect(page.getByText('Saved in your emergency contacts: (213) 555-0100')).toBeVisible();
  await expect(page.getByText('This number came from a backup file.')).toHaveCount(0);
  for (const name of ['Lic. Falso', 'Local line · Línea local']) {
    await expect(page.locator('.call-now li').filter({ hasText: name }).locator('.from-file')).toHaveText(
      'From a backup file: check this number before you rely on it.',
    );
  }
  // So is the emergency bar's "Call local line".
  await page.goto(`${server.url}/card`);
  await expect(page.getByRole('link', { name: 'Call local line' })).toHaveAttribute(
    'href',
    'tel:+12135550100',
  );
  await page.goto(`${server.url}/contacts`);
  await expect(page.locator('.contact .from-file')).toHaveText([
    /^From a backup file\./,
    /^From a backup file\./,
  ]);
  await page.goto(`${server.url}/plan/review`);
  await expect(page.locator('.from-file')).toHaveText(/^This part came from a backup file\./);

  // The same file again adds nothing new to call.
  await page.goto(`${server.url}/settings/data`);
  await pickFile(page, asFile(file));
  await expect(page.getByTestId('import-calling')).toHaveCount(0);
  await context.close();
});

for (const persisted of [true, false]) {
  test(`Settings says whether the data is protected (${persisted ? 'protected' : 'not protected'}) and leads to "Your data"`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // The browser decides this on its own; here both answers are given, to check what each one says.
    await context.addInitScript((answer) => {
      navigator.storage.persisted = () => Promise.resolve(answer);
    }, persisted);
    const page = await context.newPage();
    await page.goto(`${server.url}/settings`);
    const status = page.getByTestId('data-protection');
    if (persisted) {
      await expect(status).toHaveText('Protected: the browser will not delete it to free space.');
    } else {
      await expect(status).toContainText('Not protected yet');
      await expect(status).toContainText('Install this app');
      await expect(status).toContainText('Save a backup file too.');
    }
    // Said either way: Safari deletes the data after 7 days whatever it promised, and the Home Screen
    // app has storage of its own.
    const iphone = page.getByTestId('data-iphone');
    await expect(iphone).toContainText("On iPhone, Safari may delete this app's data after 7 days");
    await expect(iphone).toContainText('First, save a backup file');
    await expect(iphone).toContainText('open it from its icon and bring the backup in');
    await page.getByRole('link', { name: 'Save a backup, bring one in, or delete your data' }).click();
    await expect(heading(page)).toHaveText('Your data');
    await context.close();
  });
}

/** Writes family plan sections into the store `plan` (key = section id) in the stored format, then reloads. */
async function seedPlan(page: Page, sections: Record<string, { skipped: boolean; data: unknown }>) {
  await page.evaluate(
    async ({ name, sections }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name); // the version the app opened, never an upgrade
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('plan', 'readwrite');
      for (const [section, record] of Object.entries(sections)) {
        tx.objectStore('plan').put({ rev: 1, body: { codec: 'plain-1', data: record } }, section);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB, sections },
  );
  await page.reload();
}

const person = (id: string, fullName: string, isChild: boolean) => ({
  id,
  fullName,
  dateOfBirth: isChild ? '2017-05-02' : '1988-11-20',
  countryOfBirth: isChild ? '' : 'Guatemala',
  aNumber: isChild ? '' : '123456789',
  isChild,
  medicines: isChild ? 'Albuterol inhaler' : 'Metformin',
  allergies: '',
  doctor: '',
  school: isChild ? 'Lincoln Elementary' : '',
});

test('the caregiver packet file holds the child and her pick-up person, not the adult', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/settings/data`);
  await expect(heading(page)).toHaveText('Your data');
  await seed(page, {
    contacts: [
      { id: 'tia-rosa', name: 'Tía Rosa', phones: ['+12135550100'], mayPickUpChildren: true },
      { id: 'boss', name: 'Mr. Kim', phones: ['+12135550111'], role: 'employer' },
    ],
    settings: { rapidResponseNumber: '5551234567' },
  });
  await seedPlan(page, {
    household: {
      skipped: false,
      data: { people: [person('mama', 'María López', false), person('sofi', 'Sofía López', true)] },
    },
    children: {
      skipped: false,
      data: {
        children: [
          {
            childId: 'sofi',
            firstPickUp: 'tia-rosa',
            secondPickUp: '',
            onSchoolList: 'yes',
            authorization: 'caregiver-affidavit',
            papersWhere: 'Blue folder, kitchen drawer',
            whatChildKnows: 'Tía Rosa picks her up on Fridays',
          },
        ],
      },
    },
    money: {
      skipped: false,
      data: {
        bankAccess: 'Debit card in the blue folder',
        rentAndBills: '',
        lastPaycheck: '',
        powerOfAttorney: 'no',
        powerOfAttorneyWith: '',
        savings: '',
      },
    },
  });
  await expect(page.getByTestId('data-on-phone')).toContainText('Parts of the family plan: 3 of 7');

  const section = page.getByRole('region', {
    name: 'A file for the person who would care for your children',
  });
  await expect(section).toContainText('open it in this app on their phone with "Bring in a backup file"');
  await expect(section).toContainText('The file is not encrypted: anyone who has it can read it.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the caregiver packet as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^notes-to-share-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(`Saved as ${download.suggestedFilename()}`)).toBeFocused();
  const text = await readFile(await download.path(), 'utf8');
  const packet = JSON.parse(text) as {
    version: number;
    settings: object;
    contacts: Array<{ name: string }>;
    plan: Record<string, { data: { people?: Array<{ fullName: string; medicines: string }> } }>;
  };
  expect(packet.version).toBe(7); // the backup format this app writes (README, "Backup file")
  expect(packet.plan['household']?.data.people).toEqual([
    expect.objectContaining({ fullName: 'Sofía López', medicines: 'Albuterol inhaler' }),
  ]);
  expect(Object.keys(packet.plan)).toEqual(['household', 'children']);
  expect(packet.contacts.map((contact) => contact.name)).toEqual(['Tía Rosa']);
  expect(packet.settings).toEqual({});
  // What the child has been told, as on the printed packet.
  expect(text).toContain('Tía Rosa picks her up on Fridays');
  for (const leftOut of ['María López', 'Metformin', '123456789', 'Mr. Kim', 'Debit card', '5551234567']) {
    expect(text).not.toContain(leftOut);
  }

  // The caregiver brings it into the app on their phone: it passes the check.
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const preview = page.locator('.data-preview');
  await expect(preview).toContainText('Contacts: 1');
  await expect(preview).toContainText('Parts of the family plan: 2 of 7');
  // This phone has a plan of its own: before anything changes, "merge" says what the file would replace.
  const warning =
    '1 contact on this phone will be replaced by the copy in the file. ' +
    '2 parts of the family plan on this phone will be replaced by the ones in the file. ' +
    'To keep a copy of what is on this phone now, save a backup file first.';
  await expect(preview.locator('.data-warning')).toHaveText(warning);
  await expect(
    page.getByRole('radio', { name: 'Add to what is on this phone (merge)' }),
  ).toHaveAccessibleDescription(
    'Contacts and parts of the family plan in the file are added. If something is in both, ' +
      "the file's copy is kept. " +
      warning,
  );
  await context.close();
});
