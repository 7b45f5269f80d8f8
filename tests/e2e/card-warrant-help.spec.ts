import { expect, heading, test, waitUntilControlled } from './support/app';

test('the red card shows the English statement when the interface is Spanish, offline', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'es-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitUntilControlled(page);
  await server.stop();

  await page.getByRole('link', { name: /Tarjeta roja/ }).click();
  await expect(heading(page)).toHaveText('Tarjeta roja');
  const agentSide = page.locator('.red-card [lang="en"]');
  await expect(agentSide).toContainText('I am using my right to remain silent.');
  await expect(agentSide).toContainText('signed by a judge');
  await expect(page.getByText('Estoy usando mi derecho a guardar silencio.').first()).toBeVisible();
  await context.close();
});

test('printing the red card gives two wallet-size cards', async ({ page, server }) => {
  await page.goto(`${server.url}/card`);
  await expect(heading(page)).toHaveText('Red card');
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('.wallet-card');
  await expect(cards).toHaveCount(2);
  for (const card of await cards.all()) {
    const box = await card.boundingBox();
    // 85.6 × 54 mm at 96 px per inch, within a pixel or two.
    expect(box?.width).toBeCloseTo((85.6 / 25.4) * 96, -1);
    expect(box?.height).toBeCloseTo((54 / 25.4) * 96, -1);
  }
  await expect(page.locator('.topbar')).toBeHidden();
});

test('the warrant check leads to what to do, offline, by keyboard', async ({ browser, server }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await waitUntilControlled(page);
  await server.stop();

  await page.goto(`${server.url}/warrant`);
  await expect(page.getByText('Does the top of the paper name a court?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes' }).focus();
  await page.keyboard.press('Enter');
  // Focus moves to the next question, so the keyboard carries on from there.
  await expect(page.getByText('Is it signed by a judge?')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'No', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: "This looks like an ICE warrant, not a judge's warrant" }),
  ).toBeFocused();
  await expect(page.getByText('do not open, do not consent, do not resist')).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('Does the top of the paper name a court?')).toBeVisible();
  await context.close();
});

test('the local rapid-response number is checked, kept on the phone and can be called', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/help`);
  const field = page.getByLabel('Phone number');
  await field.fill('555-CALL');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/7 to 15 digits/);
  await expect(field).toHaveValue('555-CALL'); // what was typed stays
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill('(555) 123-4567');
  await page.getByRole('button', { name: 'Save' }).click();
  const call = page.getByRole('link', { name: 'Call 5551234567' });
  await expect(call).toHaveAttribute('href', 'tel:5551234567');

  await page.reload();
  await expect(page.getByRole('link', { name: 'Call 5551234567' })).toBeVisible();
  await expect(page.getByText('1-844-363-1423')).toBeVisible();
  await expect(page.getByText(/ICE's own tip line/)).toBeVisible();
});

test('the red card can fill the screen, and leave it again', async ({ page, server }) => {
  await page.goto(`${server.url}/card`);
  await page.getByRole('button', { name: 'Show full screen' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('red-card') ?? false))
    .toBe(true);
  await page.getByRole('button', { name: 'Exit full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  test(`the red card fits the screen without sideways scrolling (${viewport.width}×${viewport.height})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ viewport, locale: 'es-US' });
    const page = await context.newPage();
    await page.goto(`${server.url}/card`);
    const card = page.locator('.red-card');
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    // Very large type: the agent reads it through a window.
    const size = await card
      .locator('li')
      .first()
      .evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await context.close();
  });
}
