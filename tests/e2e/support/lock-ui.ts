import type { Page } from '@playwright/test';
import { expect, type Lang } from './app';

/** The lock's words on screen (locales/en/lock.json, locales/es/lock.json), as a person reads them. */
export const LOCK_WORDS = {
  en: {
    settings: 'Settings',
    set: 'Set a lock',
    choose: 'Choose words for me',
    next: 'New passphrase',
    again: 'Type it again',
    understand: 'I wrote it down',
    submit: 'Lock my data',
    done: 'Your data is locked.',
    unlockTitle: 'Unlock to see this',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    wrong: 'Wrong passphrase.',
    waitOne: 'Try again in 1 second.',
    contacts: 'Emergency contacts',
    plan: 'Family plan',
    household: 'Household',
    numbersLocked: 'Your saved numbers are locked.',
    helpWarning: 'Not a help line',
    openYes: 'Yes, keep them ready',
    openNo: 'No, lock them too',
  },
  es: {
    settings: 'Ajustes',
    set: 'Poner un bloqueo',
    choose: 'Elegir palabras por mí',
    next: 'Contraseña nueva',
    again: 'Escríbala otra vez',
    understand: 'La escribí en un papel',
    submit: 'Bloquear mis datos',
    done: 'Sus datos están bloqueados.',
    unlockTitle: 'Desbloquee para ver esto',
    passphrase: 'Contraseña',
    unlock: 'Desbloquear',
    wrong: 'La contraseña no es correcta.',
    waitOne: 'Vuelva a intentarlo en 1 segundo.',
    contacts: 'Contactos de emergencia',
    plan: 'Plan familiar',
    household: 'Su hogar',
    numbersLocked: 'Sus números guardados están bloqueados.',
    helpWarning: 'No es una línea de ayuda',
    openYes: 'Sí, dejarlos listos',
    openNo: 'No, bloquearlos también',
  },
} as const;

/**
 * Sets a lock with `passphrase` in Settings → Privacy; the page must show Settings. The page keeps the key.
 * With `openNumbers`, answers yes to keeping a few emergency numbers usable while locked (else the default, no).
 */
export async function setLockTo(
  page: Page,
  lang: Lang,
  passphrase: string,
  openNumbers = false,
): Promise<void> {
  const words = LOCK_WORDS[lang];
  await page.getByRole('button', { name: words.set }).click();
  await expect(page.getByLabel(words.openNo)).toBeChecked();
  if (openNumbers) await page.getByLabel(words.openYes).check();
  await page.getByLabel(words.next, { exact: true }).fill(passphrase);
  await page.getByLabel(words.again, { exact: true }).fill(passphrase);
  await page.getByLabel(words.understand).check();
  await page.getByRole('button', { name: words.submit }).click();
  await expect(page.getByText(words.done)).toBeVisible();
}

/** Unlocks the screen shown with `passphrase`. */
export async function unlockWith(page: Page, lang: Lang, passphrase: string): Promise<void> {
  await page.getByLabel(LOCK_WORDS[lang].passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: LOCK_WORDS[lang].unlock, exact: true }).click();
}

/**
 * Opens `path` the way a link in the app does, without loading the page again: the key lives in the
 * page's memory only, so a reload (`page.goto`) is a locked app.
 */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
}
