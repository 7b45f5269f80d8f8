import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Contact } from '../../src/storage/contact-record';
import { createProfile } from './support/persistent';
import { collectErrors, expect, heading, test, waitUntilControlled } from './support/app';
import { seedRecords, type PlanSeed } from './support/seed-records';

const contact = (id: string, name: string, phone: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  phones: [phone],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 0,
  ...extra,
});

const CONTACTS: Contact[] = [
  contact('rosa', 'Rosa Pérez', '+12135550111', { role: 'caregiver', mayPickUpChildren: true, order: 0 }),
  contact('lawyer', 'Lic. Ramírez', '+12135550122', { role: 'lawyer', order: 1 }),
  contact('line', 'Red de respuesta rápida', '+12135550133', { role: 'rapid-response', order: 2 }),
];

/** A family's whole plan: an adult with an A-number, a child with allergies, money and a raid plan. */
const FAMILY: PlanSeed = {
  household: {
    skipped: false,
    data: {
      people: [
        {
          id: 'mom',
          fullName: 'María López Pérez',
          dateOfBirth: '1988-03-14',
          countryOfBirth: 'México',
          aNumber: '123456789',
          isChild: false,
          medicines: 'Metformina',
          allergies: '',
          doctor: 'Dra. Soto',
          school: '',
        },
        {
          id: 'sofi',
          fullName: 'Sofía López',
          dateOfBirth: '2017-06-02',
          countryOfBirth: 'Estados Unidos',
          aNumber: '',
          isChild: true,
          medicines: 'Inhalador',
          allergies: 'Cacahuates',
          doctor: 'Clínica del Valle',
          school: 'Escuela Lincoln',
        },
      ],
    },
  },
  children: {
    skipped: false,
    data: {
      children: [
        {
          childId: 'sofi',
          firstPickUp: 'rosa',
          secondPickUp: '',
          onSchoolList: 'yes',
          authorization: 'caregiver-affidavit',
          papersWhere: 'Carpeta azul',
          whatChildKnows: 'Que Rosa la recoge si mamá no llega',
        },
      ],
    },
  },
  documents: {
    skipped: false,
    data: {
      items: [
        { id: 'birth-certificates', have: 'yes', originalWhere: 'Caja con llave', copyWith: 'Rosa' },
        { id: 'passports', have: 'no', originalWhere: '', copyWith: '' },
      ],
    },
  },
  legal: {
    skipped: false,
    data: { lawyer: 'lawyer', g28Signed: 'yes', g28With: 'Rosa', rapidResponse: 'line', notes: '' },
  },
  money: {
    skipped: false,
    data: {
      bankAccess: 'Rosa',
      rentAndBills: 'Beto',
      lastPaycheck: 'Beto',
      powerOfAttorney: 'no',
      powerOfAttorneyWith: '',
      savings: 'Sobre en el armario',
    },
  },
  myPlan: {
    skipped: false,
    data: {
      atHome: 'No abro la puerta',
      atWork: 'Me quedo callada',
      onStreetOrCar: '',
      callFirst: 'rosa',
      memorized: 'rosa',
      familyMessage: 'Estoy bien',
    },
  },
  review: { skipped: true, data: { lastReviewed: '' } },
};

/** Opens the plan (which opens the database), writes the family's records, and reloads. */
async function openWithFamily(page: Page, url: string, plan: PlanSeed = FAMILY): Promise<void> {
  await page.goto(`${url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  await seedRecords(page, plan, CONTACTS);
}

const saved = (page: Page, text: string) =>
  expect(page.getByRole('main').getByRole('status')).toHaveText(text);

/** What the date line says today, as the app writes it in English. */
function todayInEnglish(): string {
  const now = new Date();
  return `${now.toLocaleString('en-US', { month: 'long' })} ${now.getDate()}, ${now.getFullYear()}`;
}

test('the four sections filled in offline in Spanish are all there after the browser is reopened', async ({
  ownServer,
}) => {
  test.slow(); // four screens filled by hand, then a second browser start, on a shared machine
  const profile = await createProfile();
  try {
    let context = await profile.open({ locale: 'es-US' });
    let page = context.pages()[0] ?? (await context.newPage());
    // In a profile that is not incognito, Chromium fetches the manifest's icons for its own install
    // check, past the service worker; with the server stopped that fails, and is not the app's doing.
    const browserIcon = /\/pwa-\d+x\d+\.png$/;
    const errors = collectErrors(page, browserIcon);
    await page.goto(ownServer.url);
    await waitUntilControlled(page);
    await openWithFamily(page, ownServer.url, {});
    await ownServer.stop(); // no network from here on

    await page.goto(`${ownServer.url}/plan/documents`);
    await expect(heading(page)).toHaveText('Documentos');
    const births = page.getByRole('group', { name: 'Actas de nacimiento' });
    await expect(births.getByLabel('¿Dónde está el original?')).toHaveCount(0);
    await births.getByLabel('Sí').check();
    await births.getByLabel('¿Dónde está el original?').fill('Caja con llave en el clóset');
    await births.getByLabel('¿Quién tiene una copia?').fill('Tía Rosa');
    await page.getByRole('group', { name: 'Pasaportes' }).getByLabel('No', { exact: true }).check();
    await saved(page, 'Guardado en este teléfono');

    await page.goto(`${ownServer.url}/plan/legal-help`);
    await expect(heading(page)).toHaveText('Ayuda legal');
    await page.getByLabel('El abogado de su familia').selectOption({ label: 'Lic. Ramírez' });
    await page.getByRole('group', { name: '¿Hay un G-28 firmado?' }).getByLabel('Sí').check();
    await page.getByLabel('¿Quién guarda el G-28 firmado?').fill('Rosa, en su casa');
    await page
      .getByLabel('Su línea local de respuesta rápida')
      .selectOption({ label: 'Red de respuesta rápida' });
    await page.getByLabel('Notas').fill('Caso en la corte de Los Ángeles');
    await saved(page, 'Guardado en este teléfono');

    await page.goto(`${ownServer.url}/plan/money-and-home`);
    await expect(heading(page)).toHaveText('Dinero y vivienda');
    await page.getByLabel('¿Quién puede usar la cuenta del banco?').fill('Rosa');
    await page.getByLabel('¿Quién pagará la renta y las cuentas?').fill('Beto');
    await page.getByLabel('¿Quién cobrará el último cheque de pago?').fill('Beto, en la oficina de personal');
    await page.getByRole('group', { name: '¿Hay un poder notarial firmado?' }).getByLabel('Sí').check();
    await page.getByLabel('¿Quién tiene el poder notarial?').fill('Rosa; el papel está en la carpeta azul');
    await page.getByLabel('Dinero ahorrado para un abogado o una fianza').fill('Sobre en el armario');
    await saved(page, 'Guardado en este teléfono');

    await page.goto(`${ownServer.url}/plan/my-raid-plan`);
    await expect(heading(page)).toHaveText('Mi plan ante una redada');
    await page
      .getByLabel('Si llegan agentes a mi casa, yo…')
      .fill('No abro la puerta. Pido la orden por debajo.');
    await page.getByLabel('Si llegan agentes a mi trabajo, yo…').fill('Me quedo callada y no firmo nada.');
    await page
      .getByLabel('Si me paran agentes en la calle o en el carro, yo…')
      .fill('Pregunto si me puedo ir.');
    await page.getByLabel('A quién llamo primero').selectOption({ label: 'Rosa Pérez' });
    await page.getByLabel('El número que sé de memoria').selectOption({ label: 'Lic. Ramírez' });
    await page.getByLabel('El mensaje que debe recibir mi familia').fill('Estoy bien. Llamen al abogado.');
    await saved(page, 'Guardado en este teléfono');
    await expect(page.getByRole('link', { name: 'Practicar el número de Lic. Ramírez' })).toHaveAttribute(
      'href',
      '/contacts/practice?contact=lawyer',
    );

    await context.close();

    // The browser is started again on the same profile, still with no network.
    context = await profile.open({ locale: 'es-US' });
    page = context.pages()[0] ?? (await context.newPage());
    const errorsAfter = collectErrors(page, browserIcon);
    await page.goto(`${ownServer.url}/plan/my-raid-plan`);
    await expect(page.getByLabel('Si llegan agentes a mi casa, yo…')).toHaveValue(
      'No abro la puerta. Pido la orden por debajo.',
    );
    await expect(page.getByLabel('Si llegan agentes a mi trabajo, yo…')).toHaveValue(
      'Me quedo callada y no firmo nada.',
    );
    await expect(page.getByLabel('Si me paran agentes en la calle o en el carro, yo…')).toHaveValue(
      'Pregunto si me puedo ir.',
    );
    await expect(page.getByLabel('A quién llamo primero')).toHaveValue('rosa');
    await expect(page.getByLabel('El número que sé de memoria')).toHaveValue('lawyer');
    await expect(page.getByLabel('El mensaje que debe recibir mi familia')).toHaveValue(
      'Estoy bien. Llamen al abogado.',
    );

    await page.goto(`${ownServer.url}/plan/money-and-home`);
    await expect(page.getByLabel('¿Quién puede usar la cuenta del banco?')).toHaveValue('Rosa');
    await expect(page.getByLabel('¿Quién pagará la renta y las cuentas?')).toHaveValue('Beto');
    await expect(page.getByLabel('¿Quién cobrará el último cheque de pago?')).toHaveValue(
      'Beto, en la oficina de personal',
    );
    await expect(
      page.getByRole('group', { name: '¿Hay un poder notarial firmado?' }).getByLabel('Sí'),
    ).toBeChecked();
    await expect(page.getByLabel('¿Quién tiene el poder notarial?')).toHaveValue(
      'Rosa; el papel está en la carpeta azul',
    );
    await expect(page.getByLabel('Dinero ahorrado para un abogado o una fianza')).toHaveValue(
      'Sobre en el armario',
    );

    await page.goto(`${ownServer.url}/plan/legal-help`);
    await expect(page.getByLabel('El abogado de su familia')).toHaveValue('lawyer');
    await expect(page.getByRole('group', { name: '¿Hay un G-28 firmado?' }).getByLabel('Sí')).toBeChecked();
    await expect(page.getByLabel('¿Quién guarda el G-28 firmado?')).toHaveValue('Rosa, en su casa');
    await expect(page.getByLabel('Su línea local de respuesta rápida')).toHaveValue('line');
    await expect(page.getByLabel('Notas')).toHaveValue('Caso en la corte de Los Ángeles');

    await page.goto(`${ownServer.url}/plan/documents`);
    const birthsAfter = page.getByRole('group', { name: 'Actas de nacimiento' });
    await expect(birthsAfter.getByLabel('Sí')).toBeChecked();
    await expect(birthsAfter.getByLabel('¿Dónde está el original?')).toHaveValue(
      'Caja con llave en el clóset',
    );
    await expect(birthsAfter.getByLabel('¿Quién tiene una copia?')).toHaveValue('Tía Rosa');
    await expect(
      page.getByRole('group', { name: 'Pasaportes' }).getByLabel('No', { exact: true }),
    ).toBeChecked();

    // The overview counts what was answered: 2 of the 15 papers, the whole raid plan.
    await page.goto(`${ownServer.url}/plan`);
    const sections = page.locator('.plan-sections');
    await expect(sections.getByRole('link', { name: /^Documentos/ })).toContainText('2 de 15 llenos');
    await expect(sections.getByRole('link', { name: /^Ayuda legal/ })).toContainText('Completo');
    await expect(sections.getByRole('link', { name: /^Mi plan ante una redada/ })).toContainText('Completo');
    expect(errors).toEqual([]);
    expect(errorsAfter).toEqual([]);
    await context.close();
  } finally {
    await profile.remove();
  }
});

test('each place in the raid plan links to its guide, which opens', async ({ page, server }) => {
  await page.goto(`${server.url}/plan/my-raid-plan`);
  const guides = [
    ['Read the guide: Agents at your door', 'Agents at your door'],
    ['Read the guide: At work', 'At work'],
    ['Read the guide: On the street', 'On the street or in public'],
    ['Read the guide: In a car', 'In a car, at checkpoints and in the 100-mile border zone'],
  ] as const;
  for (const [link, title] of guides) {
    await page.getByRole('link', { name: link }).click();
    await expect(heading(page)).toHaveText(title);
    await page.goBack();
    await expect(heading(page)).toHaveText('My raid-response plan');
  }
  // The memorize drill link appears only once a number is chosen.
  await expect(page.getByRole('link', { name: /^Practice/ })).toHaveCount(0);
});

test('a document can be answered with the keyboard alone', async ({ page, server }) => {
  await page.goto(`${server.url}/plan/documents`);
  const births = page.getByRole('group', { name: 'Birth certificates' });
  await births.getByLabel('Not sure yet').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(births.getByLabel('Yes')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(births.getByLabel('Where is the original?')).toBeFocused();
  await page.keyboard.type('Locked box');
  await page.keyboard.press('Tab');
  await expect(births.getByLabel('Who has a copy?')).toBeFocused();
  await page.keyboard.type('Aunt Rosa');
  await saved(page, 'Saved on this phone');
  await page.reload();
  await expect(births.getByLabel('Who has a copy?')).toHaveValue('Aunt Rosa');
});

test('the sections, the printouts and the plan fit 390 px at 200 % text with no sideways scrolling', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openWithFamily(page, server.url);
  for (const path of [
    '/plan',
    '/plan/documents',
    '/plan/legal-help',
    '/plan/money-and-home',
    '/plan/my-raid-plan',
    '/plan/print',
    '/plan/caregiver',
  ]) {
    await page.goto(server.url + path);
    await expect(heading(page)).toBeVisible();
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
  await context.close();
});

test('the printed plan: one section per page, black on white, dated, no buttons', async ({
  page,
  server,
}) => {
  await openWithFamily(page, server.url);
  await page.goto(`${server.url}/plan/print`);
  await expect(heading(page)).toHaveText('Our family plan');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  const sections = page.locator('.print-section');
  await expect(sections).toHaveCount(7);
  const breaks = await sections.evaluateAll((all) =>
    all.map((section) => getComputedStyle(section).breakBefore),
  );
  expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page', 'page']);
  await expect(sections.locator('h2')).toHaveText([
    'Household',
    "Children's care",
    'Documents',
    'Legal help',
    'Money and home',
    'My raid-response plan',
    'Review',
  ]);

  const colours = await page.evaluate(() => {
    const of = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
    return {
      text: ['main', 'h1', '.print-section h2', '.print-field dt', '.print-field dd'].map((s) => of(s).color),
      paper: [of('body').backgroundColor, of('main').backgroundColor],
    };
  });
  expect(colours.text).toEqual(Array(5).fill('rgb(0, 0, 0)'));
  expect(colours.paper).toEqual(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);

  await expect(page.getByText(`Printed on ${todayInEnglish()}`)).toBeVisible();
  await expect(page.getByText('Never give it to immigration agents.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to the family plan' })).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();

  // Contacts are printed by name and number; the skipped section says so.
  const legal = sections.nth(3);
  await expect(legal).toContainText('Lic. Ramírez · (213) 555-0122');
  await expect(legal).toContainText('Red de respuesta rápida · (213) 555-0133');
  // A-numbers are left out unless the person checks the box (tests/e2e/paper-and-files.spec.ts).
  await expect(sections.nth(0)).toContainText(/A-number\s*Write by hand:/);
  await expect(sections.nth(0)).not.toContainText('A-123-456-789');
  await expect(sections.nth(2)).toContainText('Birth certificates · Do you have it? Yes');
  await expect(sections.nth(6)).toHaveText(/Review\s*Skipped/);

  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdfPages(pdf)).toBe(7);
});

test('the caregiver packet holds the children and their pick-up people, not the adults or money', async ({
  page,
  server,
}) => {
  await openWithFamily(page, server.url);
  // The first visit ends with "Ready to use offline", which makes room for itself at the bottom of
  // the page; it stays through the in-app move to the packet, and must not add a page to the paper.
  await expect(page.getByText('Ready to use offline')).toBeVisible();
  await page.getByRole('link', { name: /^Caregiver packet/ }).click();
  await expect(heading(page)).toHaveText('Caregiver packet');
  await expect(page.getByText('Ready to use offline')).toBeVisible();
  await page.emulateMedia({ media: 'print' });

  const paper = page.getByRole('main');
  await expect(paper).toContainText('Sofía López');
  await expect(paper).toContainText('Cacahuates');
  await expect(paper).toContainText('Inhalador');
  await expect(paper).toContainText('Picks up first');
  await expect(paper).toContainText('Rosa Pérez · (213) 555-0111');
  await expect(paper).toContainText("A caregiver's affidavit");
  await expect(paper).toContainText('Caja con llave');
  await expect(paper).toContainText('Lic. Ramírez · (213) 555-0122');
  // What the child has been told, so the caregiver says the same (the file holds it too).
  await expect(paper).toContainText('Que Rosa la recoge si mamá no llega');
  await expect(paper).toContainText(
    'Rosa Pérez · (213) 555-0111 · Caregiver for the children · May pick up the children',
  );
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();

  const printed = await paper.innerText();
  for (const absent of [
    '123456789',
    'A-123',
    'María',
    'México',
    'Metformina',
    'Money and home',
    'Sobre en el armario',
    'No abro la puerta',
    'Estoy bien',
  ]) {
    expect(printed, absent).not.toContain(absent);
  }
  // One child's packet is one sheet to hand over.
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
});

for (const [locale, mexico] of [
  ['en-US', 'Mexico'],
  ['es-US', 'México'],
] as const) {
  test(`on paper, a number abroad says its country; a U.S. number, written without +1, needs none (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${server.url}/plan`);
    await expect(page.locator('.plan-sections li')).toHaveCount(7);
    const [rosa, ...others] = CONTACTS;
    if (!rosa) throw new Error('no contacts');
    await seedRecords(page, FAMILY, [{ ...rosa, phones: ['+525512345678', '+12135550111'] }, ...others]);
    await page.emulateMedia({ media: 'print' });
    for (const path of ['/plan/print', '/plan/caregiver']) {
      await page.goto(server.url + path);
      const paper = page.getByRole('main');
      await expect(paper).toContainText(`Rosa Pérez · +52 55 1234 5678 ${mexico} · (213) 555-0111`);
      await expect(paper.locator('.phone-country').first()).toHaveText(mexico);
      await expect(paper.locator('.phone-country', { hasNotText: mexico })).toHaveCount(0);
    }
    await context.close();
  });
}

for (const locale of ['en-US', 'es-US']) {
  test(`axe finds no violations on the printouts, on screen and in print (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openWithFamily(page, server.url);
    for (const path of ['/plan/print', '/plan/caregiver', '/plan/documents']) {
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        await page.goto(server.url + path);
        await expect(page.locator('.print-field, .document').first()).toBeAttached();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${path} ${media}: ${v.id} (${v.nodes.length})`)).toEqual([]);
      }
    }
    await context.close();
  });
}

/** Pages in a PDF file: each page object says "/Type /Page" (the page tree says "/Pages"). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
