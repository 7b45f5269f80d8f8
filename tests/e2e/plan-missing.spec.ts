import type { Page } from '@playwright/test';
import type { Contact } from '../../src/storage/contact-record';
import { expect, heading, test } from './support/app';
import { seedChild, seedRecords, type PlanSeed } from './support/seed-records';

/*
 * "3 of 5 filled" must lead to the other two: each question still open is a link on the section's
 * screen, and following it puts the focus in that question's field (mouse, touch or keyboard).
 */

const child = seedChild('sofi', 'Sofía López', {
  dateOfBirth: '2017-06-02',
  countryOfBirth: 'Estados Unidos',
});

const rosa: Contact = {
  id: 'rosa',
  name: 'Rosa Pérez',
  phones: ['+12135550111'],
  role: 'caregiver',
  languages: '',
  notes: '',
  mayPickUpChildren: true,
  order: 0,
};

const PLAN: PlanSeed = {
  household: { skipped: false, data: { people: [child] } },
  children: {
    skipped: false,
    data: {
      children: [
        {
          childId: 'sofi',
          firstPickUp: 'rosa',
          secondPickUp: 'rosa',
          onSchoolList: '',
          authorization: 'verbal',
          papersWhere: '',
          whatChildKnows: 'Que Rosa la recoge',
        },
      ],
    },
  },
  money: {
    skipped: false,
    data: {
      bankAccess: 'Rosa',
      rentAndBills: 'Beto',
      lastPaycheck: '',
      powerOfAttorney: '',
      powerOfAttorneyWith: '',
      savings: 'Sobre en el armario',
    },
  },
};

async function openWithPlan(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  await seedRecords(page, PLAN, [rosa]);
}

test('each question still open is a link that moves focus to its field', async ({ page, server }) => {
  await openWithPlan(page, server.url);
  await page.goto(`${server.url}/plan/money-and-home`);
  await expect(heading(page)).toHaveText('Money and home');
  const missing = page.getByRole('navigation', { name: /^Still to fill in/ });
  await expect(missing).toHaveAccessibleName('Still to fill in: 2 questions');
  await expect(missing.getByRole('link')).toHaveText([
    'Who will collect the last paycheck?',
    'Is there a signed power of attorney?',
  ]);

  // A tap on a text question puts the cursor in its box.
  await missing.getByRole('link', { name: 'Who will collect the last paycheck?' }).click();
  await expect(page.getByLabel('Who will collect the last paycheck?')).toBeFocused();
  await page.keyboard.type('Beto');
  await expect(missing.getByRole('link')).toHaveText(['Is there a signed power of attorney?']);
  await expect(page.getByRole('navigation', { name: 'Still to fill in: 1 question' })).toBeVisible();

  // With the keyboard: Enter on the link puts the focus on the group's first answer.
  await missing.getByRole('link', { name: 'Is there a signed power of attorney?' }).focus();
  await page.keyboard.press('Enter');
  const group = page.getByRole('group', { name: 'Is there a signed power of attorney?' });
  await expect(group.getByLabel('Yes')).toBeFocused();
  await expect(group).toBeInViewport();
  await page.keyboard.press('Space');
  await expect(group.getByLabel('Yes')).toBeChecked();
  // Everything answered: the list goes away.
  await expect(page.getByRole('navigation', { name: /^Still to fill in/ })).toHaveCount(0);
});

test('in Spanish, a child’s open question names the child and leads to the field', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await openWithPlan(page, server.url);
  await page.goto(`${server.url}/plan/children`);
  await expect(heading(page)).toHaveText('Cuidado de los niños');
  const missing = page.getByRole('navigation', { name: 'Falta llenar: 1 pregunta' });
  // The name is isolated (<bdi>), which Chromium reads with a space before the colon.
  const link = missing.getByRole('link', {
    name: /^Sofía López ?: ¿La escuela o la guardería tiene a estas personas en su lista para recoger\?$/,
  });
  await expect(link).toBeVisible();
  await link.click();
  const group = page.getByRole('group', {
    name: '¿La escuela o la guardería tiene a estas personas en su lista para recoger?',
  });
  await expect(group.getByLabel('Sí')).toBeFocused();
  await expect(group).toBeInViewport();
  // No sideways scrolling on a 360 px phone with the list shown.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
