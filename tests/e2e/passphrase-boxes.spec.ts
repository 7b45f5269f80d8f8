import type { Page } from '@playwright/test';
import backupEn from '../../locales/en/backup.json' with { type: 'json' };
import backupEs from '../../locales/es/backup.json' with { type: 'json' };
import lockEn from '../../locales/en/lock.json' with { type: 'json' };
import lockEs from '../../locales/es/lock.json' with { type: 'json' };
import quickEn from '../../locales/en/quickexit.json' with { type: 'json' };
import quickEs from '../../locales/es/quickexit.json' with { type: 'json' };
import { expect, heading, test } from './support/app';
import { goInApp, LOCK_WORDS, unlockWith } from './support/lock-ui';

/*
 * Issue 11: no passphrase box of the app invites the browser's password manager, which would keep the
 * passphrase where a copy of the phone, or the browser's sync, can read it. Every box (the lock set,
 * changed, removed and unlocked; the decoy's; a backup file's, saved and opened) says
 * `autocomplete="one-time-code"` (Chromium offers no "Save password?" for it: src/features/lock/README.md),
 * stays `type="password"`, has no `name`, and sits in a form with no username or e-mail box.
 */
const WORDS = {
  en: { lock: lockEn, backup: backupEn, exit: quickEn.exit },
  es: { lock: lockEs, backup: backupEs, exit: quickEs.exit },
};
const MAIN = 'harbor violet pencil meadow';
const FILE = 'copper lantern thistle brook';

/** Every passphrase box on the page now: its id and what a password manager reads of it. */
function boxes(page: Page) {
  return page.locator('input.passphrase').evaluateAll((inputs) =>
    inputs.map((input) => {
      const box = input as HTMLInputElement;
      const loginBeside = [...(box.form ?? document).querySelectorAll('input')].some(
        (other) => /username|email/.test(other.autocomplete) || other.type === 'email',
      );
      return {
        id: box.id,
        type: box.type,
        autocomplete: box.getAttribute('autocomplete'),
        name: box.name,
        loginBeside,
      };
    }),
  );
}

/** The boxes `ids` are on screen, and every passphrase box (those and any other) is kept from password managers. */
async function expectKeptOut(page: Page, ids: string[], seen: Set<string>): Promise<void> {
  for (const id of ids) await expect(page.locator(`#${id}`)).toBeVisible();
  const found = await boxes(page);
  await expect(page.locator('input[type="password"]:not(.passphrase)')).toHaveCount(0);
  for (const box of found) {
    expect(box, box.id).toEqual({
      id: box.id,
      type: 'password',
      autocomplete: 'one-time-code',
      name: '',
      loginBeside: false,
    });
    seen.add(box.id);
  }
}

for (const lang of ['en', 'es'] as const) {
  test(`every passphrase box is kept from the password manager (${lang})`, async ({ browser, server }) => {
    const words = WORDS[lang];
    const context = await browser.newContext({
      locale: lang === 'es' ? 'es-US' : 'en-US',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const seen = new Set<string>();
    await page.goto(`${server.url}/settings`);
    await expect(heading(page)).toHaveText(LOCK_WORDS[lang].settings);

    // Setting the lock.
    await page.getByRole('button', { name: words.lock.privacy.set }).click();
    await expectKeptOut(page, ['lock-new', 'lock-again'], seen);
    await page.locator('#lock-new').fill(MAIN);
    await page.locator('#lock-again').fill(MAIN);
    await page.getByLabel(LOCK_WORDS[lang].understand).check();
    await page.getByRole('button', { name: words.lock.privacy.submit }).click();
    await expect(page.getByText(LOCK_WORDS[lang].done)).toBeVisible();

    // Changing it, removing it, the decoy's.
    await page.getByRole('button', { name: words.lock.privacy.change }).click();
    await expectKeptOut(page, ['lock-change-current', 'lock-change-new', 'lock-change-again'], seen);
    await page.getByRole('button', { name: words.lock.privacy.cancel }).click();
    await page.getByRole('button', { name: words.lock.privacy.remove }).click();
    await expectKeptOut(page, ['lock-remove-current'], seen);
    await page.getByRole('button', { name: words.lock.privacy.cancel }).click();
    await page.getByRole('button', { name: words.lock.decoy.set }).click();
    await expectKeptOut(page, ['decoy-new', 'decoy-again'], seen);

    // A backup file's own passphrase, saving (both files start encrypted with a lock set) and opening.
    await goInApp(page, '/settings/data');
    await expectKeptOut(
      page,
      ['export-seal-new', 'export-seal-again', 'caregiver-seal-new', 'caregiver-seal-again'],
      seen,
    );
    await page.locator('#export-seal-new').fill(FILE);
    await page.locator('#export-seal-again').fill(FILE);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.backup.export.button }).click(),
    ]);
    await page.locator('#data-import-file').setInputFiles(await download.path());
    await expectKeptOut(page, ['data-import-passphrase'], seen);

    // Unlocking.
    await page.getByRole('button', { name: words.exit }).first().click();
    await goInApp(page, '/contacts');
    await expectKeptOut(page, ['unlock-passphrase'], seen);
    await unlockWith(page, lang, MAIN);
    await expect(page.locator('#unlock-passphrase')).toHaveCount(0);

    expect([...seen].sort()).toEqual(
      [
        'lock-new',
        'lock-again',
        'lock-change-current',
        'lock-change-new',
        'lock-change-again',
        'lock-remove-current',
        'decoy-new',
        'decoy-again',
        'export-seal-new',
        'export-seal-again',
        'caregiver-seal-new',
        'caregiver-seal-again',
        'data-import-passphrase',
        'unlock-passphrase',
      ].sort(),
    );
    await context.close();
  });
}
