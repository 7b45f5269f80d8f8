import type { Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { goInApp, LOCK_WORDS, setLockTo, unlockWith } from './support/lock-ui';
import { seedContact, seedRecords } from './support/seed-records';

// Issue 11: "Delete all my data" with a lock set, while another tab has the data open. The key slots
// become random bytes first (src/storage/wipe.ts), so the old passphrase opens nothing even while the
// database itself cannot be deleted yet.

const WORDS = LOCK_WORDS.en;
const ROSA = 'Rosa Wq5marker';
const PASSPHRASE = 'nube trigo farol pesca';
const NO_CONTACTS = 'You have no contacts yet.';

/**
 * A page of the app's origin that holds the database open and does not let go when asked (an old copy
 * of the app, a frozen tab): the deletion waits for it. It keeps the connection on `window.holder`. Not
 * the app itself (its icon, a document of the same origin): the app's page would let go, and reload.
 */
async function holdDatabase(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/icon.svg`);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('defend-your-rights');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open the database'));
    });
    (globalThis as unknown as { holder: IDBDatabase }).holder = db;
  });
}

/** The key slots as the holding page reads them from disk, as text (their bytes as numbers). */
function keySlotsOnDisk(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = (globalThis as unknown as { holder: IDBDatabase }).holder;
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get('keySlots');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot read'));
    });
    return JSON.stringify(value, (_key, item: unknown) =>
      item instanceof Uint8Array ? Array.from(item) : item,
    );
  });
}

/** Seeds Rosa, sets a lock in tab A; tab B shows the contacts, unlocked. Returns both tabs. */
async function lockedWithTwoTabs(page: Page, url: string): Promise<Page> {
  await page.goto(`${url}/contacts`);
  await expect(heading(page)).toHaveText(WORDS.contacts);
  await seedRecords(page, {}, [seedContact('rosa', ROSA)]);
  await page.goto(`${url}/settings`);
  await expect(heading(page)).toHaveText(WORDS.settings);
  await setLockTo(page, 'en', PASSPHRASE);

  const other = await page.context().newPage();
  await other.goto(`${url}/contacts`);
  await expect(heading(other)).toHaveText(WORDS.unlockTitle);
  await unlockWith(other, 'en', PASSPHRASE);
  await expect(heading(other)).toHaveText(WORDS.contacts);
  await expect(other.getByText(ROSA).first()).toBeVisible();
  return other;
}

async function deleteAll(page: Page): Promise<void> {
  await goInApp(page, '/settings/data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
}

test('"Delete all" with a lock and another tab unlocked: the other tab drops the contact, a new tab finds nothing', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const tabA = await context.newPage();
  const tabB = await lockedWithTwoTabs(tabA, server.url);

  await deleteAll(tabA);
  await expect(tabA.getByText('All your data was deleted from this phone.')).toBeVisible();

  // Tab B let go of the database when asked; told of the deletion, it reads again, finds a new
  // database under it and reloads: an empty list, no marker left in its page.
  await expect(tabB.getByText(NO_CONTACTS)).toBeVisible();
  await expect(tabB.locator('body')).not.toContainText(ROSA);

  const tabC = await context.newPage();
  await tabC.goto(`${server.url}/contacts`);
  await expect(tabC.getByText(NO_CONTACTS)).toBeVisible(); // no lock any more: nothing to unlock
  await expect(tabC.locator('body')).not.toContainText(ROSA);
  await context.close();
});

test('"Delete all" blocked by a tab that holds the database: it says so, and the old passphrase opens nothing', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const tabA = await context.newPage();
  const tabB = await lockedWithTwoTabs(tabA, server.url);
  const holder = await context.newPage();
  await holdDatabase(holder, server.url);
  const before = await keySlotsOnDisk(holder);
  expect(before).toContain('"wrapped"');

  await deleteAll(tabA);
  // Not "deleted": the database is still there, and the screen says what the person must do.
  await expect(tabA.getByRole('alert')).toHaveText(
    'The app is still open in another tab. Close the other tabs of this app: everything will be deleted as soon as they are closed.',
  );
  await expect(tabA.getByText('All your data was deleted from this phone.')).toHaveCount(0);

  // The database is not deleted yet, but the slots on disk are not the ones that opened it: no
  // passphrase opens the data key any more (it was wrapped only there).
  const after = await keySlotsOnDisk(holder);
  expect(after).toContain('"wrapped"');
  expect(after).not.toEqual(before);
  const wrapped = (slots: string) =>
    (JSON.parse(slots) as { slots: { wrapped: number[] }[] }).slots.map((slot) => slot.wrapped.join());
  for (const old of wrapped(before)) expect(wrapped(after)).not.toContain(old);

  // Tab B, asked to let go of the database for its deletion, dropped what it showed and its key: with
  // no reload by hand, nothing of the old data is on its screen while the deletion waits.
  await expect(tabB.locator('body')).not.toContainText(ROSA);

  // A new tab opens nothing, whatever the deletion's state. (While it waits, the app's database opens
  // only after the deletion, so the contacts screen shows nothing at all, not even the unlock: the key
  // slots above are what shows the old passphrase is no use to anyone who reads the files meanwhile.)
  const tabC = await context.newPage();
  await tabC.goto(`${server.url}/contacts`);
  await expect(tabC.locator('body')).not.toContainText(ROSA);

  // The holding tab lets go: the queued deletion completes, and every tab finds an empty app.
  await holder.close();
  await tabC.reload();
  await expect(tabC.getByText(NO_CONTACTS)).toBeVisible();
  await expect(tabC.locator('body')).not.toContainText(ROSA);
  await tabB.reload();
  await expect(tabB.getByText(NO_CONTACTS)).toBeVisible();
  await expect(tabB.locator('body')).not.toContainText(ROSA);
  await context.close();
});

test('"Delete all" blocked by another tab: a tab showing a contact drops it at once, and its memory with it', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const tabA = await context.newPage();
  await tabA.goto(`${server.url}/contacts`);
  await expect(heading(tabA)).toHaveText(WORDS.contacts);
  await seedRecords(tabA, {}, [seedContact('rosa', ROSA)]);
  const tabB = await context.newPage();
  await tabB.goto(`${server.url}/contacts`);
  await expect(tabB.getByText(ROSA).first()).toBeVisible();
  await tabB.evaluate(() => Object.assign(globalThis, { pageBefore: true })); // this page's memory
  const holder = await context.newPage();
  await holdDatabase(holder, server.url);

  await deleteAll(tabA);
  await expect(tabA.getByRole('alert')).toContainText('The app is still open in another tab.');
  // No reload by hand: tab B let go of the database and of the page that showed Rosa.
  await expect(tabB.locator('body')).not.toContainText(ROSA);
  expect(await tabB.evaluate(() => 'pageBefore' in globalThis)).toBe(false);

  // Once the holder lets go, the deletion completes and tab B shows the empty app.
  await holder.close();
  await expect(tabB.getByText(NO_CONTACTS)).toBeVisible();
  await expect(tabB.locator('body')).not.toContainText(ROSA);
  await context.close();
});
