import { expect, heading, test, offlineAfterVisit } from './support/app';
import { seed } from './support/seed-contacts';

test('the red card shows the English statement when the interface is Spanish, offline', async ({
  browser,
  ownServer,
}) => {
  const { context, page } = await offlineAfterVisit(browser, ownServer, '', { locale: 'es-US' });

  await page.getByRole('link', { name: /Tarjeta roja/ }).click();
  await expect(heading(page)).toHaveText('Tarjeta roja');
  const agentSide = page.locator('.red-card [lang="en"]');
  await expect(agentSide).toContainText('I am using my right to remain silent.');
  await expect(agentSide).toContainText('a warrant signed by a federal or state judge, with my name on it');
  await expect(page.locator('.card-reader')).toContainText(
    'firmada por un juez federal o estatal (no un juez de inmigración)',
  );
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

for (const locale of ['en-US', 'es-US']) {
  test(`the red card's printed wallet cards are 9 pt or more, and every line fits on them (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`${server.url}/card`);
    await expect(heading(page)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const cards = page.locator('.wallet-card');
    await expect(cards).toHaveCount(2);
    const measured = await cards.evaluateAll((elements) =>
      elements.map((card) => ({
        // Nothing cut off at the bottom or the side (the card hides what overflows it).
        fits: card.scrollHeight <= card.clientHeight && card.scrollWidth <= card.clientWidth,
        // Every piece of text: 9 pt is 12 px (7.5 pt, 10 px, was too small to read).
        smallest: Math.min(
          ...[...card.querySelectorAll('li')].map((li) => parseFloat(getComputedStyle(li).fontSize)),
        ),
      })),
    );
    expect(measured).toEqual([
      { fits: true, smallest: expect.any(Number) },
      { fits: true, smallest: expect.any(Number) },
    ]);
    for (const card of measured) expect(card.smallest, locale).toBeGreaterThanOrEqual(12);
    await context.close();
  });
}

test('the warrant check leads to what to do, offline, by keyboard', async ({ browser, ownServer }) => {
  const { context, page } = await offlineAfterVisit(browser, ownServer);

  await page.goto(`${ownServer.url}/warrant`);
  await expect(page.getByText('Does the top of the paper name a federal or state court?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes' }).focus();
  await page.keyboard.press('Enter');
  // Focus moves to the next question, so the keyboard carries on from there.
  await expect(page.getByText('Is it signed by a federal or state judge or magistrate?')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'No', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: "This looks like an immigration paper, not a judge's warrant" }),
  ).toBeFocused();
  await expect(page.getByText('do not open, do not consent, do not resist')).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('Does the top of the paper name a federal or state court?')).toBeVisible();
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
  await expect(page.getByRole('alert')).toHaveText(/the whole number with its area code/);
  await expect(field).toHaveValue('555-CALL'); // what was typed stays
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  // The contacts' rule (src/shared/phone.ts): a number with no such area code is refused too.
  await field.fill('(555) 123-4567');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(/the whole number with its area code/);
  await expect(field).toHaveValue('(555) 123-4567');

  await field.fill('(213) 555-0100');
  // Not answered "U.S. or Mexico?": nothing is guessed, and the keyboard is taken to the question.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Choose the country of this number: the United States or Mexico.',
  );
  await expect(page.getByRole('radio', { name: 'United States (+1)' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save' }).click();
  // The call button is now at the top; focus stays where the form was, on "Change".
  const call = page.getByRole('link', { name: 'Call your local rapid-response line (213) 555-0100' });
  await expect(call).toHaveAttribute('href', 'tel:+12135550100');
  await expect(page.locator('.saved-note')).toHaveText(/Saved on this phone/);
  await expect(page.getByRole('button', { name: 'Change' })).toBeFocused();

  await page.reload();
  await expect(call).toBeVisible();
  await expect(page.getByText('Saved in your emergency contacts: (213) 555-0100')).toBeVisible();
  await page.getByRole('button', { name: 'Change' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('(213) 555-0100');

  // Kept in one place: it is one of the emergency contacts, named in the person's language.
  await page.getByRole('link', { name: 'Emergency contacts', exact: true }).click();
  await expect(heading(page)).toHaveText('Emergency contacts');
  const line = page.locator('li.contact', { hasText: 'Local rapid-response line' });
  await expect(line).toContainText('Rapid-response line');
  await expect(line).toContainText('(213) 555-0100');
});

test('the local line added once as a contact is on the help screen, the emergency bar and the wallet card, asked for nowhere again', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name').fill('Valley Rapid Response');
  await page.getByLabel('Phone number 1').fill('+1 213 555 0199');
  await page.getByLabel('Who is this?').selectOption({ label: 'Rapid-response line' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Valley Rapid Response was saved.')).toBeVisible();

  await page.goto(`${server.url}/help`);
  const call = page.getByRole('link', {
    name: 'Call your local rapid-response line Valley Rapid Response (213) 555-0199',
  });
  await expect(call).toHaveAttribute('href', 'tel:+12135550199');
  await expect(page.locator('.call-now a')).toHaveCount(1); // once, not as a contact and again as "the local line"
  await expect(page.getByText('Saved in your emergency contacts: (213) 555-0199')).toBeVisible();
  await expect(page.getByLabel('Phone number')).toHaveCount(0); // not asked for again

  await page.goto(`${server.url}/card`);
  const bar = page.getByRole('navigation', { name: 'In an emergency' });
  await expect(bar.getByRole('link', { name: 'Call local line' })).toHaveAttribute(
    'href',
    'tel:+12135550199',
  );

  await page.goto(`${server.url}/contacts/wallet`);
  await expect(page.getByText('Local rapid-response line: (213) 555-0199')).toBeVisible();
  await expect(page.getByText(/save it on the Get help screen/)).toHaveCount(0);
});

test('a local line an older version kept as a setting is the rapid-response contact after the upgrade', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The database as version 5 of the app left it, made on a page of the app's origin that runs no app code.
  await page.goto(`${server.url}/robots.txt`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('defend-your-rights', 5);
        request.onupgradeneeded = () => {
          for (const store of ['settings', 'contacts', 'practice', 'plan', 'meta'])
            request.result.createObjectStore(store);
          const tx = request.transaction;
          tx?.objectStore('meta').put('epoch-5', 'epoch');
          // Saved before 2026-12 as the digits typed.
          tx?.objectStore('settings').put(
            { rev: 1, shape: 1, body: { codec: 'plain-1', data: '2135550199' } },
            'rapidResponseNumber',
          );
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await page.goto(`${server.url}/contacts`);
  const line = page.locator('li.contact', { hasText: 'Local line · Línea local' });
  await expect(line).toContainText('Rapid-response line');
  await expect(line).toContainText('(213) 555-0199');
  await page.goto(`${server.url}/help`);
  await expect(
    page.getByRole('link', {
      name: 'Call your local rapid-response line Local line · Línea local (213) 555-0199',
    }),
  ).toHaveAttribute('href', 'tel:+12135550199');
  await page.goto(`${server.url}/card`);
  await expect(
    page.getByRole('navigation', { name: 'In an emergency' }).getByRole('link', { name: 'Call local line' }),
  ).toHaveAttribute('href', 'tel:+12135550199');
  await context.close();
});

test('the help screen opens with a call to the saved lawyer and local line, then the number not to call', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/help`);
  await expect(page.getByLabel('Phone number')).toBeVisible(); // the app has read its database once
  await seed(page, {
    contacts: [
      { id: 'cousin', name: 'Primo Luis', phones: ['+12135550111'] },
      { id: 'lawyer', name: 'Lic. Ana Ruiz', phones: ['+12135550100'], role: 'lawyer' },
      { id: 'line', name: 'Valley Rapid Response', phones: ['+18885550199'], role: 'rapid-response' },
    ],
  });
  await expect(page.locator('main h2').first()).toHaveText('Call for help');
  const calls = page.locator('.call-now a');
  await expect(calls).toHaveCount(2);
  await expect(calls.nth(0)).toHaveAttribute('href', 'tel:+12135550100');
  await expect(calls.nth(0)).toContainText('Call your lawyer');
  await expect(calls.nth(0).locator('bdi:not([dir])')).toHaveText('Lic. Ana Ruiz');
  await expect(calls.nth(0).locator('bdi[dir="ltr"]')).toHaveText('(213) 555-0100'); // never reordered
  await expect(calls.nth(1)).toHaveAttribute('href', 'tel:+18885550199');
  await expect(calls.nth(1)).toContainText('Call your local rapid-response line');
  for (const call of await calls.all()) {
    expect((await call.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  await expect(page.locator('main h2').nth(1)).toHaveText('Not a help line');
  await expect(page.getByText(/ICE's own tip line/)).toBeVisible();
  await expect(page.getByText('Primo Luis')).toHaveCount(0); // family is not a help line
});

test('with nothing saved, the help screen opens with the warning and how to save, not an empty box', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/help`);
  await expect(page.getByLabel('Phone number')).toBeVisible();
  const order = await page.evaluate(() => {
    const main = document.querySelector('main');
    const first = (selector: string) => main?.querySelector(selector);
    const before = (a: Element | null | undefined, b: Element | null | undefined) =>
      !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return {
      firstSection: first('section h2')?.textContent,
      warningBeforeHowTo: before(first('.warning'), first('.call-none')),
      howToBeforeInput: before(first('.call-none'), first('input')),
    };
  });
  expect(order).toEqual({
    firstSection: 'Not a help line',
    warningBeforeHowTo: true,
    howToBeforeInput: true,
  });
  await expect(page.getByRole('link', { name: 'Save your lawyer in Emergency contacts' })).toHaveAttribute(
    'href',
    '/contacts',
  );
  await page.getByRole('link', { name: 'Save your local rapid-response line' }).click();
  await expect(page.getByLabel('Phone number')).toBeInViewport();
});

test('MigraWatch is plain text with its source; the court line says what it cannot show', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/help`);
  await expect(page.getByText('Number given by other groups: 1-844-363-1423')).toBeVisible();
  await expect(page.getByText(/newest newspaper report of it is from 2019/)).toBeVisible();
  await expect(page.getByText(/We found no United We Dream page that gives this number/)).toBeVisible();
  await expect(page.getByText(/United We Dream has run a national hotline, MigraWatch/)).toBeVisible();
  await expect(page.locator('a[href*="8443631423"], a[href*="844-363"]')).toHaveCount(0);
  await expect(
    page.getByText(/Expedited removal orders, and other orders made by ICE or Border Patrol/),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: '1-800-898-7180' })).toHaveAttribute(
    'href',
    'tel:+18008987180',
  );
  await expect(page.locator('.sources')).toContainText('Policy Manual, Part I, 1.6(c)');
});

test('the red card names its sources: the card text and the judge who signs a real warrant', async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/card`);
  await expect(page.locator('.legal-line')).toContainText('Not legal advice');
  const sources = page.locator('.sources');
  await expect(sources).toContainText('Red card text');
  await expect(sources).toContainText('Judicial Warrants and Immigration Warrants');
  await expect(page.locator('.card-reader')).toContainText(
    'a valid warrant signed by a federal or state judge (not an immigration judge)',
  );
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

test('the warrant diagram is readable on a phone: every label 16 px or more, inside its paper, in the reader’s language', async ({
  browser,
  server,
}) => {
  // From the narrowest phone up, stacked (320, 360) or side by side (600, 1024).
  for (const [locale, width] of ['en-US', 'es-US'].flatMap((one) =>
    [320, 360, 600, 1024].map((size) => [one, size] as const),
  )) {
    const context = await browser.newContext({ locale, viewport: { width, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/warrant`);
    await expect(heading(page)).toBeVisible();
    const papers = page.locator('.warrant-diagram svg');
    await expect(papers).toHaveCount(2);
    const labels = await papers.evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const paper = svg.querySelector('.paper')?.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].map((text) => {
          const box = text.getBoundingClientRect();
          const scale = (text as SVGGraphicsElement).getScreenCTM()?.a ?? 0;
          return {
            text: text.textContent,
            px: Math.round(scale * parseFloat(getComputedStyle(text).fontSize) * 10) / 10,
            inside:
              text.closest('.marker') !== null ||
              text.classList.contains('paper-title') ||
              (paper !== undefined && box.left >= paper.left && box.right <= paper.right),
          };
        });
      }),
    );
    expect(
      labels.filter((label) => label.px < 16),
      `${locale} at ${width} px`,
    ).toEqual([]);
    expect(
      labels.filter((label) => !label.inside),
      `${locale} at ${width} px`,
    ).toEqual([]);
    if (locale === 'es-US') expect(labels.map((label) => label.text)).toContain('NOMBRE / DIRECCIÓN');
    await context.close();
  }
});
