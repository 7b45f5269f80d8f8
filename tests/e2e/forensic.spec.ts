import type { BrowserContext, Page } from '@playwright/test';
import { expect, heading, test } from './support/app';
import { searchProfile, summary, type Hit } from './support/disk-search';
import { goInApp, LOCK_WORDS, setLockTo, unlockWith } from './support/lock-ui';
import { jpeg, shownHash } from './support/media';
import { createProfile, type Profile } from './support/persistent';

// Issue 11, "Proven": a copy of the phone's browser files. Records are typed into the app's own forms
// with marker strings, the browser is closed, and every file of its profile is searched byte for byte.

/** Distinct strings sharing no four characters, so no compressor can write one as a copy of another. */
const MARKERS = {
  contactName: 'Kx7Quorvath',
  contactNotes: 'Pj4Wimbrel',
  personName: 'Sofía Tz8Noquel',
  medicines: 'Vb5Glistro',
} as const;
/** The rest of what is about the family (issue 11): an A-number, an incident record, its photo, the alert. */
const MORE_MARKERS = {
  aNumber: '204718369', // typed as A-204-718-369; stored as its digits
  recordNotes: 'Hf3Draskel',
  takenANumber: '87350264',
  photoComment: 'Gm9Zavrentic', // in the photo's bytes: a JPEG comment segment
  senderName: 'Wu2Yelpinor',
  alertMessage: 'Nd6Fercamb',
} as const;
const BASIC = Object.values(MARKERS);
const ALL = [...BASIC, ...Object.values(MORE_MARKERS)];
const PASSPHRASE = 'lantern orbit maple quiet';

const firstPage = async (context: BrowserContext) => context.pages()[0] ?? (await context.newPage());

/** Fills a contact and the household through the screens, moving as the app's links do (the key stays). */
async function fillRecords(page: Page): Promise<void> {
  await goInApp(page, '/contacts');
  await expect(heading(page)).toHaveText('Emergency contacts');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name').fill(`Rosa ${MARKERS.contactName}`);
  await page.getByLabel('Phone number 1').fill('+1 213 555 0100');
  await page.getByLabel('Notes').fill(MARKERS.contactNotes);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.contacts-status')).toContainText(`Rosa ${MARKERS.contactName} was saved.`);

  await goInApp(page, '/plan/household');
  await expect(heading(page)).toHaveText('Household');
  await page.getByRole('button', { name: 'Add a person' }).click();
  const card = page.locator('.person').last();
  await card.getByLabel('Full name').fill(MARKERS.personName);
  await card.getByLabel('Medicines').fill(MARKERS.medicines);
  await expect(page.locator('main .save-status')).toHaveAttribute('data-state', 'saved');
}

/** A small JPEG whose bytes carry a marker in a comment segment (FF FE, length, text), as a camera's may. */
function photoWithComment(comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1');
  const length = Buffer.from([0, 0]);
  length.writeUInt16BE(text.length + 2);
  const image = jpeg(300);
  return Buffer.concat([image.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, image.subarray(2)]);
}

/**
 * The basic records, then the rest of what is about the family, through the screens: an A-number in the
 * household, an incident record (its notes, a person taken with an A-number, a photo), the alert's set-up
 * (the sender's name and the person's own message).
 */
async function fillEverything(page: Page): Promise<void> {
  await fillRecords(page);
  const card = page.locator('.person').last();
  await card
    .getByLabel('A-number (if they have one)')
    .fill(`A-${MORE_MARKERS.aNumber.replace(/(\d{3})(?=\d)/g, '$1-')}`);
  await expect(page.locator('main .save-status')).toHaveAttribute('data-state', 'saved');

  await goInApp(page, '/record');
  await expect(heading(page)).toHaveText('What happened');
  await page.getByRole('link', { name: /Start a new record/ }).click();
  await expect(heading(page)).toHaveText('New record');
  await page.getByLabel('Other notes').fill(MORE_MARKERS.recordNotes);
  await page.getByRole('button', { name: 'Add a person who was taken' }).click();
  const taken = page.getByRole('group', { name: 'Person 1' });
  await taken.getByLabel('Name').fill('Luis');
  await taken.getByLabel('A-number, if known (8 or 9 digits)').fill(MORE_MARKERS.takenANumber);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this phone' })).toBeVisible();
  const photo = photoWithComment(MORE_MARKERS.photoComment);
  await page
    .getByLabel('Add from the gallery')
    .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByText(shownHash(photo))).toBeVisible();

  await goInApp(page, '/alert/home/setup');
  await expect(heading(page)).toHaveText('Set up: Agents at my home');
  await page.getByLabel('Your name, as your family knows you').fill(MORE_MARKERS.senderName);
  await page.getByLabel('Message in English').fill(`We need help. ${MORE_MARKERS.alertMessage}`);
  await page.getByLabel(`Rosa ${MARKERS.contactName}`).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

/** Opens the profile's browser at Settings. */
async function openAtSettings(
  profile: Profile,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await profile.open();
  const page = await firstPage(context);
  await page.goto(`${url}/settings`);
  await expect(heading(page)).toHaveText('Settings');
  return { context, page };
}

/** Closes the browser, then searches its files; logs what was found (the README's figures). */
async function closeAndSearch(context: BrowserContext, profile: Profile, name: string): Promise<Hit[]> {
  await context.close();
  const hits = await searchProfile(profile.dir, ALL);
  console.log(summary(name, hits));
  return hits;
}

const markersFound = (hits: Hit[]) => [...new Set(hits.map((hit) => hit.marker))].sort();

test('a copy of the browser files holds none of the records written after a lock was set', async ({
  server,
}) => {
  test.slow(); // two key derivations, two browser starts
  const profile = await createProfile();
  try {
    let { context, page } = await openAtSettings(profile, server.url);
    await setLockTo(page, 'en', PASSPHRASE);
    await fillEverything(page);
    expect(await closeAndSearch(context, profile, 'lock set first')).toEqual([]);

    // The records are there, sealed: the passphrase opens them.
    context = await profile.open();
    page = await firstPage(context);
    await page.goto(`${server.url}/contacts`);
    await expect(heading(page)).toHaveText(LOCK_WORDS.en.unlockTitle);
    await unlockWith(page, 'en', PASSPHRASE);
    await expect(page.getByText(`Rosa ${MARKERS.contactName}`).first()).toBeVisible();
    await context.close();
  } finally {
    await profile.remove();
  }
});

test("a copy holds none of the records written in the decoy's profile either", async ({ server }) => {
  test.slow(); // three key derivations, two browser starts
  const decoy = 'sunflower market ladder';
  const profile = await createProfile();
  try {
    let { context, page } = await openAtSettings(profile, server.url);
    await setLockTo(page, 'en', PASSPHRASE);
    await page.getByRole('button', { name: 'Set a second passphrase' }).click();
    await page.locator('#decoy-new').fill(decoy);
    await page.locator('#decoy-again').fill(decoy);
    await page.getByRole('button', { name: 'Save the second passphrase' }).click();
    await expect(page.getByText('The second passphrase is set.')).toBeVisible();
    await page.goto(`${server.url}/contacts`); // a reload: locked
    await unlockWith(page, 'en', decoy);
    await fillRecords(page);
    expect(await closeAndSearch(context, profile, "the decoy's profile")).toEqual([]);

    // Sealed, and the decoy's own: its passphrase opens them.
    context = await profile.open();
    page = await firstPage(context);
    await page.goto(`${server.url}/contacts`);
    await unlockWith(page, 'en', decoy);
    await expect(page.getByText(`Rosa ${MARKERS.contactName}`).first()).toBeVisible();
    await context.close();
  } finally {
    await profile.remove();
  }
});

// Emergency numbers while locked: the person's choice has an honest cost. With "yes" the names on the open
// list (the first contacts: here Rosa) are plain in the files, and nothing else is; with "no", nothing.
for (const openNumbers of [true, false]) {
  test(`with the emergency numbers ${openNumbers ? 'kept open' : 'locked too'}, a copy finds ${openNumbers ? "only the list's names" : 'nothing'}`, async ({
    server,
  }) => {
    test.slow();
    const profile = await createProfile();
    try {
      const { context, page } = await openAtSettings(profile, server.url);
      await setLockTo(page, 'en', PASSPHRASE, openNumbers);
      await fillRecords(page);
      const hits = await closeAndSearch(
        context,
        profile,
        `lock set, numbers ${openNumbers ? 'open' : 'locked'}`,
      );
      expect(markersFound(hits)).toEqual(openNumbers ? [MARKERS.contactName] : []);
    } finally {
      await profile.remove();
    }
  });
}

// Measured, for the README: turning "yes" back to "no" deletes the list, and a copy still finds its names
// (as after "Delete all" above). If this fails, Chromium changed: the README's figures must change too.
test('measured: the open list after the person turns it off', async ({ server }) => {
  test.slow();
  const profile = await createProfile();
  try {
    const { context, page } = await openAtSettings(profile, server.url);
    await setLockTo(page, 'en', PASSPHRASE, true);
    await fillRecords(page);
    await goInApp(page, '/settings');
    // The choice as read from the phone is on screen before it is changed, as in open-numbers.spec.ts.
    await expect(page.getByLabel(LOCK_WORDS.en.openYes)).toBeChecked();
    await page.getByLabel(LOCK_WORDS.en.openNo).check();
    await expect(page.getByLabel(LOCK_WORDS.en.openNo)).toBeChecked();
    // Deleted, yet still in LevelDB's log until it compacts: IndexedDB cannot overwrite bytes in place.
    const hits = await closeAndSearch(context, profile, 'numbers open, then turned off; closed');
    expect(markersFound(hits)).toEqual([MARKERS.contactName]);
  } finally {
    await profile.remove();
  }
});

test('the control: with no lock the same search finds every marker', async ({ server }) => {
  const profile = await createProfile();
  try {
    const { context, page } = await openAtSettings(profile, server.url);
    await fillEverything(page);
    const hits = await closeAndSearch(context, profile, 'no lock');
    expect(markersFound(hits)).toEqual([...ALL].sort());
  } finally {
    await profile.remove();
  }
});

// Measured, for the README's Privacy section: what a copy finds of records written before the lock was
// set, and after "Delete all my data". Chromium's IndexedDB keeps overwritten and deleted values in its
// LevelDB files until it compacts them. Only what held in every run is asserted (every marker is still
// there); the counts are logged. If this fails, Chromium changed: the README's figures must change too.
test('measured: records written before the lock, and after "Delete all", stay in the files', async ({
  server,
}) => {
  test.slow();
  const profile = await createProfile();
  try {
    let { context, page } = await openAtSettings(profile, server.url);
    await fillRecords(page);
    await goInApp(page, '/settings');
    await setLockTo(page, 'en', PASSPHRASE);
    const afterLock = await closeAndSearch(context, profile, 'written, then the lock set; closed');
    expect(markersFound(afterLock)).toEqual([...BASIC].sort());

    ({ context, page } = await openAtSettings(profile, server.url));
    const reopened = await closeAndSearch(context, profile, 'reopened, closed');
    expect(markersFound(reopened)).toEqual([...BASIC].sort());

    ({ context, page } = await openAtSettings(profile, server.url));
    await page.goto(`${server.url}/settings/data`);
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(page.getByText('All your data was deleted from this phone.')).toBeFocused();
    const deleted = await closeAndSearch(context, profile, 'then "Delete all my data"; closed');
    expect(markersFound(deleted)).toEqual([...BASIC].sort());
  } finally {
    await profile.remove();
  }
});
