import type { Page } from '@playwright/test';
import { ROUTES, expect, heading, test } from './support/app';
import { seed } from './support/seed-contacts';

/**
 * WCAG 2.5.5 (target size): every control a finger must hit is at least 44×44 CSS px, on every screen,
 * in both languages, on a 360 px phone. A link inside a sentence is exempt (the rule's "inline"
 * exception): its size is the text's; the line around it gives the spacing.
 */
const MIN = 44;

/** The controls on the page smaller than 44×44 px, as "path tag "name" w×h". */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary',
    );
    // A check box or radio button is hit through its label too: measure the two together.
    const targetBox = (control: HTMLElement) => {
      const parts = [control, ...((control as HTMLInputElement).labels ?? [])];
      const boxes = ['checkbox', 'radio'].includes((control as HTMLInputElement).type)
        ? parts.map((part) => part.getBoundingClientRect())
        : [control.getBoundingClientRect()];
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      const right = Math.max(...boxes.map((b) => b.right));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return { width: right - left, height: bottom - top };
    };
    const found: string[] = [];
    for (const control of controls) {
      const box = targetBox(control);
      if (box.width === 0 && box.height === 0) continue; // not shown (print-only, hidden)
      if (control.closest('[aria-hidden="true"], .visually-hidden')) continue;
      const parent = control.parentElement;
      const inline =
        control.tagName === 'A' &&
        getComputedStyle(control).display === 'inline' &&
        parent !== null &&
        (parent.textContent ?? '').trim().length > (control.textContent ?? '').trim().length;
      if (inline) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = (
          control.textContent ||
          control.getAttribute('aria-label') ||
          (control as HTMLInputElement).labels?.[0]?.textContent ||
          control.id
        )
          .trim()
          .slice(0, 30);
        found.push(
          `${location.pathname} ${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return found;
  }, MIN);
}

for (const locale of ['en-US', 'es-US']) {
  test(`every control on every screen is at least 44×44 px (${locale})`, async ({ browser, server }) => {
    const context = await browser.newContext({
      locale,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    });
    const page = await context.newPage();
    const lang = locale.startsWith('es') ? 'es' : 'en';
    await page.goto(server.url + '/contacts');
    await expect(heading(page)).toBeVisible();
    // Saved contacts and a local line, so the lists, call buttons and bars are there to measure.
    await seed(page, {
      contacts: [
        { id: 'c1', name: 'Rosa Díaz', phones: ['+12135550100'], mayPickUpChildren: true },
        { id: 'c2', name: 'Lic. Torres', phones: ['+12135550102'], role: 'lawyer' },
        { id: 'c3', name: 'Valley Rapid Response', phones: ['+12135550199'], role: 'rapid-response' },
      ],
    });
    const small: string[] = [];
    for (const route of ROUTES) {
      await page.goto(server.url + route.path);
      await expect(heading(page)).toHaveText(route[lang]);
      small.push(...(await smallTargets(page)));
    }
    expect(small).toEqual([]);
    await context.close();
  });
}

// The lock's forms open only on request or once a lock is set: measured open, in both languages.
const LOCK = {
  en: [
    'Set a lock',
    'New passphrase',
    'Type it again',
    'I wrote it down',
    'Lock my data',
    'Change the passphrase',
    'Cancel',
    'Passphrase',
    'Unlock',
  ],
  es: [
    'Poner un bloqueo',
    'Contraseña nueva',
    'Escríbala otra vez',
    'La escribí en un papel',
    'Bloquear mis datos',
    'Cambiar la contraseña',
    'Cancelar',
    'Contraseña',
    'Desbloquear',
  ],
} as const;

for (const locale of ['en-US', 'es-US']) {
  test(`every control of the lock's forms is at least 44×44 px (${locale})`, async ({ browser, server }) => {
    const context = await browser.newContext({
      locale,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
    });
    const page = await context.newPage();
    const [set, next, again, understand, submit, change, cancel, passphrase, unlock] =
      LOCK[locale.startsWith('es') ? 'es' : 'en'];
    const small: string[] = [];
    await page.goto(server.url + '/plan/household'); // the plan's one offer
    await expect(page.locator('.lock-offer')).toBeVisible();
    small.push(...(await smallTargets(page)));

    await page.goto(server.url + '/settings');
    await page.getByRole('button', { name: set }).click();
    small.push(...(await smallTargets(page)));
    await page.getByLabel(next, { exact: true }).fill('nube trigo farol pesca');
    await page.getByLabel(again, { exact: true }).fill('nube trigo farol pesca');
    await page.getByLabel(understand).check();
    await page.getByRole('button', { name: submit }).click();
    await page.getByRole('button', { name: change }).click();
    small.push(...(await smallTargets(page)));
    await page.getByRole('button', { name: cancel }).click();

    for (const path of ['/contacts', '/help']) {
      await page.goto(server.url + path);
      await expect(page.getByLabel(passphrase, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: unlock, exact: true })).toBeVisible();
      small.push(...(await smallTargets(page)));
    }
    expect(small).toEqual([]);
    await context.close();
  });
}

test('the top bar keeps to one row on a 360 px phone in both languages', async ({ browser, server }) => {
  for (const locale of ['en-US', 'es-US']) {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(server.url + '/card');
    await expect(heading(page)).toBeVisible();
    const bar = await page.locator('.topbar').boundingBox();
    const buttons = await page
      .locator('.topbar .language-switch button')
      .evaluateAll((all) => all.map((button) => button.getBoundingClientRect().top));
    // The language buttons side by side, the bar no higher than two lines of the app's name (was 112 px).
    expect(new Set(buttons).size, locale).toBe(1);
    expect(bar?.height, locale).toBeLessThanOrEqual(72);
    await context.close();
  }
});
