import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { collectErrors, expect, heading, test, waitUntilControlled } from './support/app';
import { createProfile } from './support/persistent';

/** Fills and saves the new-contact form the way a person would. */
async function addContact(page: Page, name: string, phone: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Phone number 1').fill(phone);
  if (askedCountry(phone)) await page.getByRole('radio', { name: 'United States (+1)' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(status(page)).toContainText(`${name} was saved.`);
}

/** Ten digits without a code: the U.S. and Mexico could both dial these numbers, so the form asks. */
const askedCountry = (phone: string) => !phone.includes('+') && phone.replace(/\D/g, '').length === 10;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).toEqual([]);
}

const contactNames = (page: Page) => page.locator('.contact h3');
/** The contact list's own status line (the offline message and the file button have their own). */
const status = (page: Page) => page.locator('.contacts-status');

test('contacts added and changed offline are all there after the browser is closed and reopened', async ({
  ownServer,
}) => {
  const profile = await createProfile();
  try {
    let context = await profile.open();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ownServer.url);
    await waitUntilControlled(page);
    await ownServer.stop(); // no network from here on

    await page.goto(`${ownServer.url}/contacts`);
    await expect(heading(page)).toHaveText('Emergency contacts');
    await expect(page.getByText('You have no contacts yet.')).toBeVisible();
    await addContact(page, 'Ana López', '(213) 555-0100');
    await addContact(page, 'Consulado de México', '+52 55 1234 5678');

    await page.getByRole('button', { name: 'Change Ana López' }).click();
    await page.getByLabel('Notes').fill('Sister. Has a key to the house.');
    await page.getByLabel('May pick up the children').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(status(page)).toContainText('Your changes to Ana López were saved.');
    await context.close();

    context = await profile.open();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ownServer.url}/contacts`);
    await expect(contactNames(page)).toHaveText(['Ana López', 'Consulado de México']);
    const ana = page.locator('.contact').first();
    await expect(ana.getByText('(213) 555-0100')).toBeVisible();
    await expect(ana.getByText('Sister. Has a key to the house.')).toBeVisible();
    await expect(ana.getByText('May pick up the children')).toBeVisible();
    await expect(ana.getByRole('link', { name: 'Call Ana López at (213) 555-0100' })).toHaveAttribute(
      'href',
      'tel:+12135550100',
    );
    await expect(
      page
        .locator('.contact')
        .nth(1)
        .getByRole('link', { name: /^Send a text/ }),
    ).toHaveAttribute('href', 'sms:+525512345678');
    await context.close();
  } finally {
    await profile.remove();
  }
});

test('bad input gets a message beside the field, keeps what was typed, and markup stays plain text', async ({
  page,
  server,
}) => {
  const errors = collectErrors(page);
  const markup = '<img src=x onerror=alert(1)>';
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Phone number 1').fill('123');
  await page.getByLabel('Notes').fill('x'.repeat(10_000));
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('alert')).toHaveText(
    'Please fix the problems marked below. Nothing you typed was lost.',
  );
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Write a name.');
  await expect(page.getByLabel('Phone number 1')).toHaveAccessibleDescription(/too short/);
  await expect(page.getByLabel('Notes')).toHaveAccessibleDescription(
    /at most 1000 characters\. Now: 10000\./,
  );
  await expect(page.getByLabel('Notes')).toHaveValue('x'.repeat(10_000));

  await page.getByLabel('Name').fill(markup);
  await page.getByLabel('Phone number 1').fill('000 000 0000');
  await page.getByLabel('Notes').fill(markup);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Phone number 1')).toHaveAccessibleDescription(/not a valid phone number/);
  await page.getByLabel('Phone number 1').fill('213-555-0100');
  await page.getByRole('radio', { name: 'United States (+1)' }).check();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(contactNames(page)).toHaveText([markup]);
  await expect(page.locator('.contact-notes')).toHaveText(markup);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the contact form works with the keyboard alone', async ({ page, server }) => {
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'Add a contact' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New contact' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Beto');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Phone number 1')).toBeFocused();
  await page.keyboard.type('213 555 0101');
  await page.keyboard.press('Tab'); // "Is this number in the United States or in Mexico?"
  await expect(page.getByRole('radio', { name: 'United States (+1)' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // "Add another number"
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Phone number 2')).toBeFocused();
  await page.keyboard.type('+502 2345 6789');
  await page.keyboard.press('Tab'); // "Remove number 2"
  await page.keyboard.press('Tab'); // "Add another number"
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Who is this?')).toBeFocused();
  // The closed list's own keys: Enter would open Chromium's pop-up, whose closing can swallow the next Tab.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Who is this?')).toHaveValue('employer');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Spanish, English');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Night shift');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('May pick up the children')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Alert message language')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('A landline (no texts): the alert offers a call instead')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');

  const beto = page.locator('.contact').first();
  await expect(beto.getByRole('heading', { name: 'Beto' })).toBeFocused();
  await expect(beto).toContainText('Employer');
  await expect(beto).toContainText('(213) 555-0101');
  await expect(beto).toContainText('+502 2345 6789');
  await expect(beto).toContainText('Speaks: Spanish, English');
  await expect(beto).toContainText('May pick up the children');
});

test('delete, undo, and the calling order', async ({ page, server }) => {
  await page.goto(`${server.url}/contacts`);
  await addContact(page, 'Ana', '213-555-0100');
  await addContact(page, 'Beto', '213-555-0101');
  await addContact(page, 'Carla', '213-555-0102');

  await page.getByRole('button', { name: 'Move up: Carla' }).click();
  await expect(status(page)).toHaveText('Carla is now number 2 to call.');
  await expect(contactNames(page)).toHaveText(['Ana', 'Carla', 'Beto']);

  await page.getByRole('button', { name: 'Delete Ana' }).click();
  await expect(status(page)).toContainText('Ana was deleted.');
  await expect(contactNames(page)).toHaveText(['Carla', 'Beto']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(contactNames(page)).toHaveText(['Ana', 'Carla', 'Beto']);

  await page.reload();
  await expect(contactNames(page)).toHaveText(['Ana', 'Carla', 'Beto']);

  // The whole list, in calling order, goes to the phone's address book as one vCard file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the contacts as a file (.vcf)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('contacts.vcf');
  const vcard = await readFile((await file.path()) ?? '', 'utf8');
  expect([...vcard.matchAll(/^FN:(.*)$/gm)].map((match) => match[1]?.trim())).toEqual([
    'Ana',
    'Carla',
    'Beto',
  ]);
});

test('two open tabs stay consistent, and an edit based on an old copy is refused', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`${server.url}/contacts`);
  await second.goto(`${server.url}/contacts`);
  await expect(second.getByText('You have no contacts yet.')).toBeVisible();

  await addContact(first, 'Ana', '213-555-0100');
  await expect(contactNames(second)).toHaveText(['Ana']); // no reload

  // Both tabs open the same contact; the first saves; the second's save is based on the old copy.
  await second.getByRole('button', { name: 'Change Ana' }).click();
  await first.getByRole('button', { name: 'Change Ana' }).click();
  await first.getByLabel('Notes').fill('Saved in the first tab');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(status(first)).toContainText('Your changes to Ana were saved.');

  await second.getByLabel('Notes').fill('Typed in the second tab');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByRole('alert')).toContainText('This was changed in another tab or window.');
  await expect(second.getByLabel('Notes')).toHaveValue('Typed in the second tab');
  await expect(first.locator('.contact-notes')).toHaveText('Saved in the first tab');

  await second.getByRole('button', { name: 'Show the newer copy' }).click();
  await expect(second.getByLabel('Notes')).toHaveValue('Saved in the first tab');
  await context.close();
});

test('in Spanish: add a contact and read it back', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('link', { name: /Contactos de emergencia/ }).click();
  await expect(heading(page)).toHaveText('Contactos de emergencia');
  await page.getByRole('button', { name: 'Agregar un contacto' }).click();
  await page.getByLabel('Nombre').fill('José Núñez');
  await page.getByLabel('Número de teléfono 1').fill('abc');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByLabel('Número de teléfono 1')).toHaveAccessibleDescription(/Use solo dígitos/);
  await page.getByLabel('Número de teléfono 1').fill('011 52 55 1234 5678');
  await page.getByLabel('¿Quién es?').selectOption({ label: 'Abogado' });
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(status(page)).toHaveText('Se guardó a José Núñez.');
  await expect(page.locator('.contact')).toContainText('Abogado');
  await expect(page.getByRole('link', { name: 'Llamar a José Núñez al +52 55 1234 5678' })).toBeVisible();
  await context.close();
});

for (const locale of ['en-US', 'es-US']) {
  test(`axe finds no violations on a filled contact list and a form with errors (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const es = locale.startsWith('es');
    await page.goto(`${server.url}/contacts`);
    for (const [name, phone] of [
      ['Ana', '213-555-0100'],
      ['Beto', '+52 55 1234 5678'],
    ] as const) {
      await page.getByRole('button', { name: es ? 'Agregar un contacto' : 'Add a contact' }).click();
      await page.getByLabel(es ? 'Nombre' : 'Name').fill(name);
      await page.getByLabel(es ? 'Número de teléfono 1' : 'Phone number 1').fill(phone);
      if (askedCountry(phone)) {
        await page.getByRole('radio', { name: es ? 'Estados Unidos (+1)' : 'United States (+1)' }).check();
      }
      await page.getByRole('button', { name: es ? 'Guardar' : 'Save' }).click();
      await expect(page.locator('.contact h3').filter({ hasText: name })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: es ? 'Agregar un contacto' : 'Add a contact' }).click();
    await page.getByRole('button', { name: es ? 'Agregar otro número' : 'Add another number' }).click();
    await page.getByRole('button', { name: es ? 'Guardar' : 'Save' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test('a number both the U.S. and Mexico could dial is saved in the country the person chose, and shown with it', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name').fill('Tía Rosa');
  const phone = page.getByLabel('Phone number 1');
  await phone.fill('55 1234 5678');
  const question = page.getByRole('group', { name: 'Is this number in the United States or in Mexico?' });
  await expect(question).toBeVisible();

  // Not answered: nothing is guessed, nothing typed is lost, and the keyboard is taken to the question.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Nothing you typed was lost/);
  const unitedStates = question.getByRole('radio', { name: 'United States (+1)' });
  await expect(unitedStates).toBeFocused();
  await expect(question).toHaveAccessibleDescription(
    'Choose the country of this number: the United States or Mexico.',
  );
  await expect(phone).toHaveValue('55 1234 5678');
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: 'Mexico (+52)' })).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();

  const rosa = page.locator('.contact').first();
  await expect(rosa.locator('.contact-number-line')).toHaveText('+52 55 1234 5678 Mexico');
  await expect(rosa.getByRole('link', { name: /^Call Tía Rosa/ })).toHaveAttribute(
    'href',
    'tel:+525512345678',
  );

  // Changing the contact does not ask again: the saved number already answers it.
  await page.getByRole('button', { name: 'Change Tía Rosa' }).click();
  await expect(phone).toHaveValue('+52 55 1234 5678');
  await expect(question).toHaveCount(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await addContact(page, 'Ana', '(213) 555-0100');
  const ana = page.locator('.contact').nth(1);
  await expect(ana.locator('.contact-number-line')).toHaveText('(213) 555-0100 United States');
  await page.getByRole('button', { name: 'Change Ana' }).click();
  await expect(phone).toHaveValue('(213) 555-0100');
  await expect(question.getByRole('radio', { name: 'United States (+1)' })).toBeChecked();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Every list that shows the numbers says their country.
  await page.goto(`${server.url}/contacts/wallet`);
  await expect(page.locator('.wallet-list li').first()).toContainText('+52 55 1234 5678 Mexico');
  await expect(page.locator('.wallet-list li').nth(1)).toContainText('(213) 555-0100 United States');
});

test('in Spanish, the country question and the country beside a number are in Spanish', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'Agregar un contacto' }).click();
  await page.getByLabel('Nombre').fill('Tía Rosa');
  await page.getByLabel('Número de teléfono 1').fill('5512345678');
  const question = page.getByRole('group', { name: '¿Este número es de Estados Unidos o de México?' });
  await question.getByRole('radio', { name: 'México (+52)' }).check();
  await page.getByLabel('¿Quién es?').selectOption({ label: 'Abogado' });
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.locator('.contact-number-line')).toHaveText('+52 55 1234 5678 México');

  await page.goto(`${server.url}/help`);
  await expect(page.locator('.call-now a').first()).toHaveAttribute('href', 'tel:+525512345678');
  await expect(page.locator('.call-now a').first()).toContainText('+52 55 1234 5678 México');
  await context.close();
});

test('an office number with an extension is saved, shown, and dialled with a pause before the extension', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/contacts`);
  await addContact(page, 'Oficina legal', '+1 213 555 0100 ext. 123');
  const office = page.locator('.contact').first();
  await expect(office.locator('.contact-number-line')).toHaveText('(213) 555-0100 ext. 123 United States');
  // A comma: a pause of about 2 s on Android and iPhone, then the extension; a text goes to the number.
  await expect(office.getByRole('link', { name: /^Call Oficina legal/ })).toHaveAttribute(
    'href',
    'tel:+12135550100,123',
  );
  await expect(office.getByRole('link', { name: /^Send a text/ })).toHaveAttribute(
    'href',
    'sms:+12135550100',
  );

  await page.goto(`${server.url}/contacts/wallet`);
  await expect(page.locator('.wallet-list a.wallet-number')).toHaveAttribute('href', 'tel:+12135550100,123');
  await expect(page.locator('.wallet-card-number')).toHaveText('(213) 555-0100 ext. 123');
});
