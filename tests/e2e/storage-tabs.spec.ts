import { expect, test } from './support/app';

/*
 * Two tabs of the app. After "Delete all my data" in one, the other must not write its copy of the old
 * data into the new, empty database (revisions start again at 1 there): it reloads and shows what is
 * there now.
 */
test('a tab showing the plan reloads after "Delete all" in another tab, and its old text stays deleted', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const planTab = await context.newPage();
  await planTab.goto(server.url + '/plan/money-and-home');
  const who = planTab.getByLabel('Who can reach the bank account?');
  await who.fill('Rosa, my sister');
  await expect(planTab.getByText('Saved on this phone')).toBeVisible();

  const dataTab = await context.newPage();
  await dataTab.goto(server.url + '/settings/data');
  await expect(dataTab.getByText('Parts of the family plan: 1 of 7')).toBeVisible();
  const reloaded = planTab.waitForEvent('load');
  await dataTab.getByRole('button', { name: 'Delete all my data' }).click();
  await dataTab.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(dataTab.getByText('All your data was deleted from this phone.')).toBeVisible();

  // The plan tab found a new database under it and reloaded: the deleted text is gone, and stays gone.
  await reloaded;
  await expect(who).toHaveValue('');
  await who.fill('Beto');
  await expect(planTab.getByText('Saved on this phone')).toBeVisible();
  await dataTab.reload();
  await expect(dataTab.getByText('Parts of the family plan: 1 of 7')).toBeVisible();
  await planTab.reload();
  await expect(who).toHaveValue('Beto');
  await context.close();
});
