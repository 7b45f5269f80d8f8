import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { seed, type SeedContact } from './support/seed-contacts';

const ANA: SeedContact = { id: 'ana', name: 'Ana López', phones: ['+12135550100'] };
const BETO: SeedContact = {
  id: 'beto',
  name: 'Beto Ramírez',
  phones: ['+525512345678', '+12135550111'],
  role: 'lawyer',
};
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

async function openWith(page: Page, url: string, data: Parameters<typeof seed>[1]): Promise<void> {
  await page.goto(url);
  await expect(heading(page)).toBeVisible();
  await seed(page, data);
  await expect(heading(page)).toBeVisible();
}

test('the drill by keyboard only: a wrong try shows what was wrong, a right one counts, and the score stays', async ({
  page,
  server,
}) => {
  await openWith(page, `${server.url}/contacts/practice`, { contacts: [ANA, BETO] });
  await expect(heading(page)).toHaveText('Learn numbers by heart');
  await expect(page.getByText('Know at least one number by heart')).toBeVisible();
  const ana = page.getByRole('button', { name: /Ana López/ });
  await expect(ana).toContainText('Not practiced yet');

  await tabTo(page, ana);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Ana López/, level: 2 })).toBeFocused();
  await expect(page.getByText('(213) 555-0100')).toBeVisible();
  // Where the number rings, beside it, as on the contacts list.
  await expect(page.locator('.drill-country')).toHaveText('United States');

  await tabTo(page, page.getByRole('button', { name: 'Hide it and type it' }));
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Type the number from memory');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('inputmode', 'tel');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  await expect(page.getByText('(213) 555-0100')).toHaveCount(0); // hidden while typing

  await page.keyboard.type('213 555 0110');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Not quite right' })).toBeFocused();
  const summary = page.locator('.drill-summary');
  await expect(summary).toHaveAttribute('role', 'status');
  await expect(summary).toHaveText(
    'You typed 213 555 0110. The number is 213 555 0100. 1 digit was different. Typed right 0 of 1 time.',
  );
  // The wrong digit is marked with a sign and what was typed crossed out, and named in words.
  const wrong = page.locator('.digit-wrong');
  await expect(wrong).toHaveCount(1);
  await expect(wrong.locator('.digit-mark')).toHaveText('✗');
  await expect(wrong.locator('s')).toHaveText('1');
  await expect(wrong).toContainText('0: you typed 1');
  await expect(page.locator('.digit-same')).toHaveCount(9);
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual(
    [],
  );

  await tabTo(page, page.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await page.keyboard.type('+1 (213) 555-0100');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Right! You know this number.' })).toBeFocused();
  await expect(summary).toHaveText('You typed 213 555 0100. Typed right 1 of 2 times.');

  await tabTo(page, page.getByRole('button', { name: 'Choose another contact' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose a number to learn' })).toBeFocused();
  await expect(ana).toContainText('Typed right 1 of 2 times');
  await expect(page.getByRole('button', { name: /Beto Ramírez/ })).toContainText('Not practiced yet');

  await page.reload();
  await expect(page.getByRole('button', { name: /Ana López/ })).toContainText('Typed right 1 of 2 times');
});

test('a link to one contact opens its drill; in Spanish, a number abroad with 011 counts as right', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await openWith(page, `${server.url}/contacts/practice?contact=beto`, { contacts: [ANA, BETO] });
  await expect(heading(page)).toHaveText('Aprenda los números de memoria');
  await expect(page.getByRole('heading', { name: /Beto Ramírez/, level: 2 })).toContainText('Abogado');
  await expect(page.locator('.drill-number')).toHaveText('+52 55 1234 5678');
  await expect(page.locator('.drill-country')).toHaveText('México');

  // Two numbers, each with its country: practise the second one.
  await page.getByRole('radio', { name: '(213) 555-0111 Estados Unidos' }).check();
  await expect(page.locator('.drill-number')).toHaveText('(213) 555-0111');
  await expect(page.locator('.drill-country')).toHaveText('Estados Unidos');
  await page.getByRole('radio', { name: '+52 55 1234 5678' }).check();

  await page.getByRole('button', { name: 'Esconderlo y escribirlo' }).click();
  await page.getByLabel('Escriba el número de memoria').fill('011 52 55 1234 567');
  await page.getByRole('button', { name: 'Revisar' }).click();
  await expect(page.locator('.drill-summary')).toHaveText(
    'Usted escribió 52 55 1234 567. El número es 52 55 1234 5678. Faltó 1 dígito. Lo escribió bien 0 de 1 vez.',
  );
  await expect(page.locator('.digit-missing')).toContainText('8: faltó');

  await page.getByRole('button', { name: 'Intentar otra vez' }).click();
  await page.getByLabel('Escriba el número de memoria').fill('011 52 55 1234 5678');
  await page.getByRole('button', { name: 'Revisar' }).click();
  await expect(page.getByRole('heading', { name: '¡Correcto! Usted sabe este número.' })).toBeVisible();
  await expect(page.locator('.drill-summary')).toContainText('Lo escribió bien 1 de 2 veces.');
  await context.close();
});

test('the wallet list shows the first six numbers and prints one wallet-size card each side', async ({
  page,
  server,
}) => {
  const contacts: SeedContact[] = [
    { id: 'c1', name: 'José Núñez', phones: ['+12135550100'] },
    {
      id: 'c2',
      name: 'Maria de los Angeles Hernandez Gutierrez',
      phones: ['+525512345678'],
      role: 'caregiver',
    },
    { id: 'c3', name: 'Lic. Torres', phones: ['+12135550102'], role: 'lawyer' },
    // The local line as the help screen saves it: printed once, on the back under its label, so the front
    // has room for one more person (it was "Local rapid-response line · Rapid-response line" there too).
    { id: 'c4', name: 'Local rapid-response line', phones: ['+12135550103'], role: 'rapid-response' },
    // Its name says its role (in other words): the card says it once, not "… · Rapid-response line".
    { id: 'c5', name: 'rapid response Line', phones: ['+12135550107'], role: 'rapid-response' },
    { id: 'c6', name: 'Consulado', phones: ['+12135550104'], role: 'consulate' },
    { id: 'c7', name: 'Trabajo', phones: ['+12135550105'], role: 'employer' },
    { id: 'c8', name: 'Séptimo', phones: ['+12135550106'], role: 'other' },
  ];
  // No number typed anywhere else: the back of the card has the rapid-response contact's.
  await openWith(page, `${server.url}/contacts/wallet`, { contacts });
  await expect(heading(page)).toHaveText('Wallet list of numbers');
  const rows = page.locator('.wallet-list li');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(0)).toContainText('José Núñez');
  await expect(rows.nth(0)).toContainText('Family');
  await expect(rows.nth(0).getByRole('link', { name: '(213) 555-0100' })).toHaveAttribute(
    'href',
    'tel:+12135550100',
  );
  await expect(rows.nth(1)).toContainText('+52 55 1234 5678');
  await expect(rows.nth(1)).toContainText('Caregiver for the children');
  await expect(page.locator('.wallet-list')).not.toContainText('Séptimo');
  await expect(page.getByText('Only the first 6 contacts fit on the card.')).toBeVisible();
  await expect(page.getByText('Local rapid-response line: (213) 555-0103')).toBeVisible();
  await expect(page.getByText(/save it on the Get help screen/)).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual(
    [],
  );

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print a wallet card' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.wallet-list')).toBeHidden();
  const cards = page.locator('.wallet-card');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    const box = await card.boundingBox();
    // 85.6 × 54 mm at 96 px per inch, within a pixel or two.
    expect(box?.width).toBeCloseTo((85.6 / 25.4) * 96, -1);
    expect(box?.height).toBeCloseTo((54 / 25.4) * 96, -1);
    // Everything fits on the card: nothing is cut off at the bottom.
    expect(await card.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
    expect(await card.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)');
    expect(await card.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  }
  const front = cards.nth(0);
  const numbers = front.locator('.wallet-card-number');
  await expect(numbers).toHaveCount(6);
  await expect(numbers.nth(1)).toHaveText('+52 55 1234 5678');
  const frontBox = await front.boundingBox();
  for (const number of await numbers.all()) {
    // Digits large enough to read (at least 12 pt), and never cut off at the card's edge.
    expect(
      await number.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    ).toBeGreaterThanOrEqual(16);
    const box = await number.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(
      (frontBox?.x ?? 0) + (frontBox?.width ?? 0),
    );
  }
  const who = front.locator('.wallet-card-who');
  await expect(who.nth(3)).toHaveText('rapid response Line');
  await expect(who.nth(2)).toHaveText('Lic. Torres · Lawyer');
  await expect(front).not.toContainText('Local rapid-response line');
  await expect(front).not.toContainText('(213) 555-0103');
  // Every word on both cards at least 9 pt (12 px): 7.5 pt was too small to read.
  const smallest = await cards.evaluateAll((elements) =>
    Math.min(
      ...elements
        .flatMap((card) => [...card.querySelectorAll('*')])
        .filter((element) =>
          [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()),
        )
        .map((element) => parseFloat(getComputedStyle(element).fontSize)),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  const back = cards.nth(1);
  await expect(back).toContainText('(213) 555-0103');
  await expect(back).toContainText(
    'You have the right to remain silent. Do not sign anything. Ask for a lawyer.',
  );
});

test('in Spanish, the back of the wallet card has the reminder in Spanish and in English', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await openWith(page, `${server.url}/contacts/wallet`, { contacts: [ANA] });
  await expect(heading(page)).toHaveText('Lista de números para la cartera');
  await expect(page.locator('.wallet-list')).toContainText('Familia');
  await expect(page.getByRole('link', { name: 'Pedir ayuda' })).toHaveAttribute('href', '/help#help-local');
  await page.emulateMedia({ media: 'print' });
  const back = page.locator('.wallet-card').nth(1);
  await expect(back).toContainText('Usted tiene derecho a guardar silencio. No firme nada. Pida un abogado.');
  await expect(back.locator('[lang="en"]')).toHaveText(
    'You have the right to remain silent. Do not sign anything. Ask for a lawyer.',
  );
  await context.close();
});

test('in Spanish, the local line saved on the help screen is printed once, and no role twice', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await openWith(page, `${server.url}/contacts/wallet`, {
    contacts: [
      ANA,
      // The name the help screen gives the line in Spanish (help.local.contactName).
      {
        id: 'line',
        name: 'Línea local de respuesta rápida',
        phones: ['+12135550199'],
        role: 'rapid-response',
      },
      {
        id: 'valle',
        name: 'línea de respuesta RAPIDA del valle',
        phones: ['+12135550198'],
        role: 'rapid-response',
      },
      { id: 'abogada', name: 'Abogado Ruiz', phones: ['+12135550197'], role: 'lawyer' },
    ],
  });
  await expect(page.getByText('Línea local de respuesta rápida: (213) 555-0199')).toBeVisible();
  await expect(page.locator('.wallet-list li')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  const [front, back] = [page.locator('.wallet-card').nth(0), page.locator('.wallet-card').nth(1)];
  await expect(front.locator('.wallet-card-who')).toHaveText([
    'Ana López · Familia',
    'línea de respuesta RAPIDA del valle',
    'Abogado Ruiz',
  ]);
  await expect(front).not.toContainText('(213) 555-0199');
  await expect(back).toContainText('Línea local de respuesta rápida(213) 555-0199');
  for (const card of await page.locator('.wallet-card').all())
    expect(await card.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
  await context.close();
});

test('the contacts can be saved as a vCard file, made on the phone', async ({ browser, server }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const markup = '<img src=x onerror=alert(1)>';
  await openWith(page, `${server.url}/contacts/wallet`, {
    contacts: [
      { id: 'jose', name: 'José Núñez', phones: ['+12135550100', '+525512345678'], notes: markup },
      { ...BETO, mayPickUpChildren: true },
    ],
  });
  const requests: string[] = [];
  // What the page asks for: not the worker, which may still be fetching the app's own files for offline
  // use, nor the first visit's low-priority prefetch of those same files for its install
  // (src/offline/install-prefetch.ts, `Sec-Purpose: prefetch`), nor the browser reading the app's
  // manifest (to offer installing it).
  context.on('request', (request) => {
    const prefetch = request.headers()['sec-purpose']?.startsWith('prefetch') === true;
    if (!request.serviceWorker() && !prefetch && request.resourceType() !== 'manifest')
      requests.push(request.url());
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save the contacts as a file (.vcf)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('contacts.vcf');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
  expect(text).toContain('FN:José Núñez\r\n');
  expect(text).toContain('TEL;TYPE=CELL:+12135550100\r\nTEL;TYPE=CELL:+525512345678\r\n');
  expect(text).toContain(`NOTE:Family\\n${markup}\r\n`);
  expect(text).toContain('FN:Beto Ramírez\r\n');
  expect(text).toContain('NOTE:Lawyer\\nMay pick up the children\r\n');
  expect(text.match(/END:VCARD\r\n/g)).toHaveLength(2);
  await expect(page.getByText('The file contacts.vcf was saved.')).toBeVisible();
  // Made in the page: nothing was fetched to make it (the privacy test checks that nothing but the app's
  // own files is ever requested).
  expect(
    requests.filter((url) => !url.startsWith('blob:') && !url.startsWith(`${server.url}/assets/`)),
  ).toEqual([]);
  // The markup was never turned into an element on the page.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await context.close();
});

test('with no contacts, both screens say what to do first and link to the contacts', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/contacts/practice`);
  await expect(page.getByText('You have no emergency contacts yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add emergency contacts' })).toHaveAttribute(
    'href',
    '/contacts',
  );
  await page.goto(`${server.url}/contacts/wallet`);
  await expect(page.getByText('You have no numbers to print yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add emergency contacts' })).toHaveAttribute(
    'href',
    '/contacts',
  );
  await expect(page.getByRole('button', { name: 'Print a wallet card' })).toHaveCount(0);
});
