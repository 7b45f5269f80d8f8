import type { Page } from '@playwright/test';
import { emptyCare } from '../../src/features/plan/child-care';
import { expect, heading, test } from './support/app';
import { LOCK_WORDS, setLockTo } from './support/lock-ui';
import { seedChild, seedRecords } from './support/seed-records';

/*
 * A California-only form is offered to California families (and to a family that has not said its
 * state, with the state in its help line), not to every family. The state is asked once and kept.
 */

async function openWithChildren(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/plan`);
  await expect(page.locator('.plan-sections li')).toHaveCount(7);
  await seedRecords(page, {
    household: { skipped: false, data: { people: [seedChild('leo', 'Leo'), seedChild('ana', 'Ana')] } },
    children: {
      skipped: false,
      data: { children: [{ ...emptyCare('ana'), authorization: 'caregiver-affidavit' }] },
    },
  });
}

const AFFIDAVIT = "A caregiver's authorization affidavit";

/**
 * The plan shows it has taken the state in (saved, then read back) the way a person sees it: Leo's
 * California-only choice goes in Texas and comes back in California. A select's own value changes on
 * the pick, before the save; leaving at once could drop the answer, which is not what is tested here.
 */
async function answerTaken(page: Page, state: 'TX' | 'CA'): Promise<void> {
  const californiaOnly = page.locator('input[type="radio"][value="caregiver-affidavit"]');
  // Leo (not yet answered) and Ana (answered: never hidden) in California; Ana alone elsewhere.
  await expect(californiaOnly).toHaveCount(state === 'CA' ? 2 : 1);
}

test('the California affidavit is offered only where it applies; the state is asked once', async ({
  page,
  server,
}) => {
  await openWithChildren(page, server.url);
  await page.goto(`${server.url}/plan/children`);
  await expect(heading(page)).toHaveText("Children's care");
  const state = page.getByLabel('Which state do you live in?');
  const leo = page.getByRole('group', { name: 'What care authorization is there for Leo?' });
  const ana = page.getByRole('group', { name: 'What care authorization is there for Ana?' });

  // Not said yet: offered, and its help line says it is a California form.
  await expect(state).toHaveValue('');
  await expect(leo.getByLabel(AFFIDAVIT)).toBeVisible();
  await expect(leo.getByText('A California form.')).toBeVisible();

  await state.selectOption({ label: 'Texas' });
  await expect(leo.getByLabel(AFFIDAVIT)).toHaveCount(0);
  await expect(leo.getByLabel('A power of attorney for the child')).toBeVisible();
  // An answer already given is never hidden.
  await expect(ana.getByLabel(AFFIDAVIT)).toBeChecked();

  // Kept on this phone: not asked again.
  await page.reload();
  await expect(page.getByLabel('Which state do you live in?')).toHaveValue('TX');
  await expect(leo.getByLabel(AFFIDAVIT)).toHaveCount(0);

  await page.getByLabel('Which state do you live in?').selectOption({ label: 'California' });
  await expect(leo.getByLabel(AFFIDAVIT)).toBeVisible();
});

test('the states are named in Spanish, in Spanish order', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await openWithChildren(page, server.url);
  await page.goto(`${server.url}/plan/children`);
  const state = page.getByLabel('¿En qué estado vive?');
  await state.selectOption({ label: 'Nueva York' });
  await expect(state).toHaveValue('NY');
  const names = await state.locator('option').allTextContents();
  expect(names.slice(0, 3)).toEqual(['Todavía no lo eligió', 'Alabama', 'Alaska']);
  expect(names.indexOf('Carolina del Norte')).toBeLessThan(names.indexOf('Colorado'));
  await expect(
    page.getByRole('group', { name: '¿Qué autorización de cuidado hay para Leo?' }).getByRole('radio'),
  ).toHaveCount(5);
  await context.close();
});

for (const { locale, question, texas, california, ab450 } of [
  {
    locale: 'en-US',
    question: 'Which state do you live in?',
    texas: 'Texas',
    california: 'California',
    ab450: 'In California, a state law called AB 450',
  },
  {
    locale: 'es-US',
    question: '¿En qué estado vive?',
    texas: 'Texas',
    california: 'California',
    ab450: 'En California, una ley estatal llamada AB 450',
  },
]) {
  test(`the work guide tells California's AB 450 where it applies, and to anyone who did not say (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openWithChildren(page, server.url);
    const guide = () => page.goto(`${server.url}/guides/at-work`);
    const rule = page.getByText(ab450);

    // No state said: shown (never hidden from someone who did not answer).
    await guide();
    await expect(rule).toBeVisible();
    // The guide's other notes stay in every state.
    const notes = page.locator('.notes li');
    const all = await notes.count();

    await page.goto(`${server.url}/plan/children`);
    await page.getByLabel(question).selectOption({ label: texas });
    await expect(page.getByLabel(question)).toHaveValue('TX');
    await answerTaken(page, 'TX'); // saved, not only picked: then leave
    await guide();
    await expect(notes).toHaveCount(all - 1);
    await expect(rule).toHaveCount(0);

    await page.goto(`${server.url}/plan/children`);
    await page.getByLabel(question).selectOption({ label: california });
    await expect(page.getByLabel(question)).toHaveValue('CA');
    await answerTaken(page, 'CA');
    await guide();
    await expect(rule).toBeVisible();
    await expect(notes).toHaveCount(all);
    await context.close();
  });
}

test('while locked, the work guide opens with no passphrase and tells AB 450 (the state is sealed)', async ({
  page,
  server,
}) => {
  await openWithChildren(page, server.url);
  await page.goto(`${server.url}/plan/children`);
  await page.getByLabel('Which state do you live in?').selectOption({ label: 'Texas' });
  await expect(page.getByLabel('Which state do you live in?')).toHaveValue('TX');
  await answerTaken(page, 'TX');
  await page.goto(`${server.url}/settings`);
  await setLockTo(page, 'en', 'maple river stone cloud lantern');
  await page.goto(`${server.url}/guides/at-work`); // a new page load: locked
  await expect(heading(page)).toHaveText('At work');
  await expect(page.getByText('In California, a state law called AB 450')).toBeVisible();
  await expect(page.getByText(LOCK_WORDS.en.unlockTitle)).toHaveCount(0);
  // The saved state (Texas) is there, sealed: the plan asks for the passphrase.
  await page.goto(`${server.url}/plan/children`);
  await expect(page.getByText(LOCK_WORDS.en.unlockTitle)).toBeVisible();
});
