import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Contact } from '../../src/storage/contact-record';
import { expect, heading, test } from './support/app';
import { seedContact, seedRecords } from './support/seed-records';

/*
 * The ten-minute plan, walked as a parent would on a 360 px phone in Spanish: every tap and every
 * typed character is counted (a list box is two taps: open, choose). Its answers are the sections'
 * own: the whole plan shows each of them where it belongs, with no second copy.
 */

const CONTACTS: Contact[] = [
  seedContact('rosa', 'Rosa Pérez', { role: 'caregiver', mayPickUpChildren: true, order: 0 }),
  seedContact('lawyer', 'Lic. Ramírez', { role: 'lawyer', order: 1 }),
  seedContact('line', 'Red de respuesta rápida', { role: 'rapid-response', order: 2 }),
];

/** Counts what the person does. */
function walker(page: Page) {
  const count = { taps: 0, characters: 0 };
  return {
    count,
    tap: async (target: Locator) => {
      count.taps += 1;
      await target.click();
    },
    choose: async (select: Locator, label: string) => {
      count.taps += 2;
      await select.selectOption({ label });
    },
    type: async (text: string) => {
      count.characters += [...text].length;
      await page.keyboard.type(text);
    },
  };
}

/** Steps 3 and 4, the same on any phone: Rosa's number by heart, and where the birth certificates are. */
async function byHeartAndPapers(page: Page, { tap, choose, type }: ReturnType<typeof walker>) {
  await choose(page.getByLabel('El número que sé de memoria'), 'Rosa Pérez');
  const births = page.getByRole('group', { name: 'Actas de nacimiento' });
  await tap(births.getByLabel('Sí'));
  await tap(births.getByLabel('¿Dónde está el original?'));
  await type('Caja con llave en el clóset');
  return births;
}

test('the ten-minute plan is finished in 10 taps and 38 characters, into the sections’ own records', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  await seedRecords(page, {}, CONTACTS);
  await page.reload();
  const walk = walker(page);
  const { count, tap, choose, type } = walk;
  const saved = () => expect(page.locator('.save-status')).toHaveText('Guardado en este teléfono');

  // Offered first on the overview.
  const start = page.getByRole('link', { name: /^Empiece aquí: el plan de diez minutos/ });
  await expect(start).toContainText('0 de 4 listas');
  await tap(start);
  await expect(heading(page)).toHaveText('El plan de diez minutos');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // 1. Who picks up the children: a child added by name, and the first person to pick them up.
  await tap(page.getByRole('button', { name: 'Agregar un niño o una niña' }));
  await expect(page.getByLabel('Nombre completo del niño o la niña 1')).toBeFocused();
  await type('Sofía López');
  const pickUp = page.getByLabel('¿Quién recoge primero a Sofía López?');
  await expect(pickUp.locator('option')).toHaveText(['Nadie elegido todavía', 'Rosa Pérez']);
  await choose(pickUp, 'Rosa Pérez');
  // 2. The lawyer or the legal line: one is enough.
  await choose(page.getByLabel('El abogado de su familia'), 'Lic. Ramírez');
  const births = await byHeartAndPapers(page, walk);
  await saved();

  await expect(page.locator('.quick-done')).toHaveCount(4);
  await expect(page.getByText('Su plan de diez minutos está listo.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  test.info().annotations.push({ type: 'ten-minute plan', description: JSON.stringify(count) });
  expect(count).toEqual({ taps: 10, characters: 38 });
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([]);

  // One source of truth: each answer is in its own section of the whole plan.
  await page.goto(`${server.url}/plan/household`);
  await expect(page.getByRole('heading', { name: 'Sofía López' })).toBeVisible();
  await expect(page.getByLabel('Nombre completo', { exact: true })).toHaveValue('Sofía López');
  await page.goto(`${server.url}/plan/children`);
  await expect(page.getByLabel('¿Quién recoge primero a Sofía López?')).toHaveValue('rosa');
  await page.goto(`${server.url}/plan/legal-help`);
  await expect(page.getByLabel('El abogado de su familia')).toHaveValue('lawyer');
  await page.goto(`${server.url}/plan/my-raid-plan`);
  await expect(page.getByLabel('El número que sé de memoria')).toHaveValue('rosa');
  await page.goto(`${server.url}/plan/documents`);
  await expect(births.getByLabel('¿Dónde está el original?')).toHaveValue('Caja con llave en el clóset');
  // And a change made in a section shows in the ten-minute plan.
  await page.goto(`${server.url}/plan/legal-help`);
  await page.getByLabel('El abogado de su familia').selectOption({ label: 'Nadie elegido todavía' });
  await saved();
  await page.goto(`${server.url}/plan`);
  await expect(page.getByRole('link', { name: /^Empiece aquí/ })).toContainText('3 de 4 listas');
  await page.goto(`${server.url}/plan/ten-minutes`);
  await expect(page.getByLabel('El abogado de su familia')).toHaveValue('');
  await expect(page.locator('.quick-done')).toHaveCount(3);
  await context.close();
});

test('from a phone with no contacts, the plan sends the parent to add the people it asks for and brings them back', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/plan/ten-minutes`);
  await expect(heading(page)).toHaveText('El plan de diez minutos');
  const walk = walker(page);
  const { count, tap, choose, type } = walk;
  const saved = () => expect(page.locator('.save-status')).toHaveText('Guardado en este teléfono');
  /** The contact form, opened from the plan: name and number typed, saved, and back on the plan. */
  const addContact = async (name: string, number: string) => {
    await expect(heading(page)).toHaveText('Contactos de emergencia');
    await expect(heading(page)).toBeFocused(); // a new screen, said as every screen is
    await expect(page.getByRole('heading', { name: 'Contacto nuevo' })).toBeVisible(); // the form, open
    await tap(page.getByLabel('Nombre', { exact: true }));
    await type(name);
    await tap(page.getByLabel('Número de teléfono 1', { exact: true }));
    await type(number);
    await tap(page.getByRole('button', { name: 'Guardar' }));
    await expect(heading(page)).toHaveText('El plan de diez minutos');
  };

  // 1. Who picks up the children: nobody saved yet, so the plan links to adding someone who may.
  await tap(page.getByRole('button', { name: 'Agregar un niño o una niña' }));
  await type('Sofía López');
  await saved();
  await tap(
    page.getByRole('link', { name: 'Primero agregue personas a sus contactos de emergencia' }).first(),
  );
  await expect(page.getByLabel('Puede recoger a los niños')).toBeChecked(); // started as the question asks
  await addContact('Rosa Pérez', '+1 213 555 0101');
  await choose(page.getByLabel('¿Quién recoge primero a Sofía López?'), 'Rosa Pérez');
  // 2. The lawyer: contacts exist now, and the question still offers a new one, started as a lawyer.
  await tap(page.getByRole('link', { name: 'Agregar a otra persona a sus contactos' }).nth(1));
  await expect(page.getByLabel('¿Quién es?')).toHaveValue('lawyer');
  await addContact('Lic. Ramírez', '+1 213 555 0104');
  await choose(page.getByLabel('El abogado de su familia'), 'Lic. Ramírez');
  await byHeartAndPapers(page, walk);
  await saved();
  await expect(page.locator('.quick-done')).toHaveCount(4);
  test.info().annotations.push({ type: 'ten-minute plan, no contacts', description: JSON.stringify(count) });
  expect(count).toEqual({ taps: 17, characters: 90 });

  // The address cannot send anyone off the plan: any other "back" is ignored, and the form still opens.
  await page.goto(`${server.url}/contacts?add=lawyer&back=https%3A%2F%2Fexample.org`);
  await expect(page.getByRole('heading', { name: 'Contacto nuevo' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancelar' }).click();
  await expect(heading(page)).toHaveText('Contactos de emergencia');
  await expect(page.getByRole('button', { name: 'Agregar un contacto' })).toBeVisible();
  await context.close();
});

test('a family with no children at home can say so, and the step is done', async ({ page, server }) => {
  await page.goto(`${server.url}/plan/ten-minutes`);
  await expect(heading(page)).toHaveText('The ten-minute plan');
  const step = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Who picks up/ }) });
  await expect(step.getByText('Not done yet')).toBeVisible();
  await page.getByLabel('No children live with me').check();
  await expect(step.getByText('Done', { exact: true })).toBeVisible();
  await page.goto(`${server.url}/plan`);
  await expect(page.getByRole('link', { name: /^Children's care/ })).toContainText('Skipped');
});
