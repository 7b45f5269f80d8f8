import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, heading, offlineAfterVisit, test } from './support/app';
import { seed, type SeedContact } from './support/seed-contacts';
import { seedRecords } from './support/seed-records';
import { LOCK_WORDS, setLockTo, unlockWith } from './support/lock-ui';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const PEOPLE: SeedContact[] = [
  { id: 'rosa', name: 'Rosa Díaz', phones: ['+12135550100'], mayPickUpChildren: true, messageLanguage: 'es' },
  { id: 'ana', name: 'Ana Ruiz', phones: ['+13105550111'], messageLanguage: 'en' },
  { id: 'tio', name: 'Tío Beto', phones: ['+12135550122'], landline: true },
  { id: 'lawyer', name: 'Lic. Torres', phones: ['+12135550102'], role: 'lawyer' },
  { id: 'line', name: 'Valley Rapid Response', phones: ['+12135550199'], role: 'rapid-response' },
];

/**
 * What the browser is asked to open, from its own `navigate` event (the Navigation API), for every `sms:`
 * and `tel:` link: such a link leaves no request and no new page. Each one is recorded, then cancelled:
 * headless Chromium keeps the first external-protocol navigation pending, and then ignores later link taps
 * (seen through CDP's `Page.frameRequestedNavigation`, which reported only the first of four).
 */
async function requestedLinks(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const links: string[] = [];
    Object.assign(window, { requestedLinks: links });
    const navigation = (window as unknown as { navigation: EventTarget }).navigation;
    navigation.addEventListener('navigate', (event) => {
      const { destination } = event as Event & { destination: { url: string } };
      if (!/^(sms|tel):/.test(destination.url)) return;
      links.push(destination.url);
      event.preventDefault();
    });
  });
  return () => page.evaluate(() => (window as unknown as { requestedLinks: string[] }).requestedLinks);
}

/** An `sms:` link's number and text, as the messaging app reads them. */
function smsParts(link: string, separator: '?' | '&') {
  const [number = '', body = ''] = link.slice('sms:'.length).split(`${separator}body=`);
  return { number, text: decodeURIComponent(body) };
}

/** Sets up "agents at my home" for Rosa, Ana and Tío Beto through the set-up screen. */
/** An English phone that has added the French pack in Settings (a whole-app language for alerts). */
async function withFrenchPack(browser: Browser, url: string) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url + '/settings');
  const french = page.locator('li', { has: page.locator('#language-fr') });
  await french.getByRole('button', { name: 'Add' }).click();
  await expect(french).toContainText('On this phone');
  return { context, page };
}

async function setUpHome(page: Page) {
  await page.goto(page.url().replace(/\/[^/]*$/, '') + '/alert/home/setup');
  await expect(heading(page)).toHaveText('Set up: Agents at my home');
  await page.getByLabel('Your name, as your family knows you').fill('Ana María');
  for (const name of ['Rosa Díaz', 'Ana Ruiz', 'Tío Beto']) await page.getByLabel(name).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

test('offline, set up once: one tap opens the messages app with one person and their text, then "Next" for each', async ({
  browser,
  ownServer,
}) => {
  const { context, page } = await offlineAfterVisit(browser, ownServer, '/contacts');
  await seed(page, { contacts: PEOPLE });
  await setUpHome(page);
  await page.goto(page.url().replace(/\/alert.*$/, '/alert'));
  await expect(heading(page)).toHaveText('Alert my people');
  const requested = await requestedLinks(page);
  let links: string[] = [];
  const count = async () => (links = await requested()).length;
  await page
    .getByRole('navigation', { name: 'What is happening?' })
    .getByRole('link', { name: /Agents at my home/ })
    .click();
  // The messaging app opens for the first person, in the language set for her; the screen moves on.
  await expect.poll(count).toBe(1);
  const rosa = smsParts(links[0] ?? '', '?');
  expect(rosa.number).toBe('+12135550100');
  expect(rosa.text).toMatch(
    /^Soy Ana María\. La migra está en mi casa ahora \(.+\)\. No voy a abrir la puerta\. Por favor llame a mi abogado: \+12135550102\.$/,
  );
  await expect(heading(page)).toHaveText('Agents at my home');

  await page.getByRole('link', { name: 'Next: Ana Ruiz' }).click();
  await expect.poll(count).toBe(2);
  const ana = smsParts(links[1] ?? '', '?');
  expect(ana.number).toBe('+13105550111');
  expect(ana.text).toMatch(/^Ana María here\. Immigration agents are at my home now \(.+\)\./);

  // A landline gets a call, not a text.
  await page.getByRole('link', { name: 'Next: Tío Beto' }).click();
  await expect.poll(count).toBe(3);
  expect(links[2]).toBe('tel:+12135550122');
  await expect(page.getByText('You opened the message for everyone.')).toBeVisible();
  await expect(page.getByText('Opened for:')).toContainText('Rosa Díaz, Ana Ruiz, Tío Beto');
  // The lawyer and the local line, one tap each.
  await expect(page.getByRole('link', { name: 'Call my lawyer Lic. Torres' })).toHaveAttribute(
    'href',
    'tel:+12135550102',
  );
  await expect(page.getByRole('link', { name: 'Call the local line' })).toHaveAttribute(
    'href',
    'tel:+12135550199',
  );
  await context.close();
});

test('on an iPhone the text follows "&body=", and a group message is only an opt-in with its cost said', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ userAgent: IPHONE });
  const page = await context.newPage();
  await page.goto(server.url + '/contacts');
  // Both read Spanish: one text for everyone, so a group message can carry it.
  await seed(page, {
    contacts: PEOPLE.map((person) => (person.id === 'ana' ? { ...person, messageLanguage: 'es' } : person)),
  });
  await setUpHome(page);
  await page.goto(server.url + '/alert/home');
  const next = page.getByRole('link', { name: 'Next: Rosa Díaz' });
  const href = (await next.getAttribute('href')) ?? '';
  expect(href.startsWith('sms:+12135550100&body=Soy%20Ana%20Mar%C3%ADa.')).toBe(true);
  expect(smsParts(href, '&').text).toContain('La migra está en mi casa');

  await expect(page.getByRole('link', { name: 'Open one group message' })).toHaveCount(0);
  await page.getByLabel('Send to everyone in one group message').check();
  await expect(
    page.getByText(
      "A group message needs mobile data, and it shows every person's number to all the others.",
    ),
  ).toBeVisible();
  const group = page.getByRole('link', { name: 'Open one group message' });
  await expect(group).toHaveAttribute('href', /^sms:\/open\?addresses=\+12135550100,\+13105550111&body=/);
  expect(smsParts((await group.getAttribute('href')) ?? '', '&').text).toBe(smsParts(href, '&').text);
  await context.close();
});

test('the family plan’s message goes to people who read the screen’s language; the others get theirs', async ({
  page,
  server,
}) => {
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE }); // Rosa reads Spanish, Ana English
  const plan = 'We are OK for now. Pick up the kids at school.';
  await seedRecords(page, {
    myPlan: {
      skipped: false,
      data: { atHome: '', atWork: '', onStreetOrCar: '', callFirst: '', memorized: '', familyMessage: plan },
    },
  });
  await setUpHome(page);
  // The plan's message is used (the default); the set-up says who gets it, and keeps the Spanish box.
  await expect(page.getByLabel('Send the message from my family plan')).toBeChecked();
  await expect(
    page.getByText('It goes to the people whose message language is the one the app shows now.'),
  ).toBeVisible();
  await expect(page.getByLabel('Message in Spanish')).toBeVisible();
  await page.goto(server.url + '/alert/home');
  const rosa = smsParts(
    (await page.getByRole('link', { name: 'Next: Rosa Díaz' }).getAttribute('href')) ?? '',
    '?',
  );
  expect(rosa.text).toMatch(/^Soy Ana María\. La migra está en mi casa ahora/);
  const ana = page.getByRole('link', { name: 'Text Ana Ruiz' });
  expect(smsParts((await ana.getAttribute('href')) ?? '', '?').text).toBe(plan);
});

test('people who read different languages get no group message, and a line says why', async ({
  page,
  server,
}) => {
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE }); // Rosa reads Spanish, Ana English
  await setUpHome(page);
  await page.goto(server.url + '/alert/home');
  await expect(page.getByRole('link', { name: 'Next: Rosa Díaz' })).toBeVisible();
  await expect(
    page.getByText('No group message: your people get the message in different languages.'),
  ).toBeVisible();
  await expect(page.getByLabel('Send to everyone in one group message')).toHaveCount(0);
});

test('the share button gives the phone’s share sheet the same text; practice is marked as practice', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        shared.push(data);
        return Promise.resolve();
      },
    });
  });
  const page = await context.newPage();
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE });
  await page.goto(server.url + '/alert/practice/setup');
  await page.getByLabel('Your name, as your family knows you').fill('Ana María');
  await page.getByLabel('Ana Ruiz').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto(server.url + '/alert/practice');
  const href = (await page.getByRole('link', { name: 'Next: Ana Ruiz' }).getAttribute('href')) ?? '';
  const text = smsParts(href, '?').text;
  expect(text).toMatch(/^PRACTICE: Ana María here\. This is only a practice of my emergency message\./);
  await page.getByRole('button', { name: 'Share the text (WhatsApp, Signal…)' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
    .toEqual([{ text }]);
  await context.close();
});

test('a Spanish message shows its length, and is shortened by writing it without accents', async ({
  page,
  server,
}) => {
  await page.goto(server.url + '/alert/detained/setup');
  const spanish = page.getByLabel('Message in Spanish');
  await spanish.fill('La migra está aquí. Recoja a los niños.');
  await expect(page.locator('#alert-message-es-size')).toHaveText('This is 1 text message long.');
  await spanish.fill('á' + 'a'.repeat(80));
  await expect(page.locator('#alert-message-es-size')).toContainText('This is 2 text messages long.');
  await page.getByRole('button', { name: 'Write without accents' }).first().click();
  await expect(spanish).toHaveValue('a'.repeat(81));
  await expect(page.locator('#alert-message-es-size')).toHaveText('This is 1 text message long.');
});

test('where I am is off until asked for, and never holds the message back', async ({ browser, server }) => {
  const context = await browser.newContext({
    permissions: ['geolocation'],
    geolocation: { latitude: 29.42412, longitude: -98.49363 },
  });
  const page = await context.newPage();
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE });
  await setUpHome(page);
  await page.goto(server.url + '/alert/detained/setup');
  await page.getByLabel('Rosa Díaz').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.goto(server.url + '/alert/detained');
  const next = page.getByRole('link', { name: 'Next: Rosa Díaz' });
  const before = smsParts((await next.getAttribute('href')) ?? '', '?').text;
  expect(before).not.toContain('29.42');
  // No place: its sentence is left out whole, not "…deteniendo (10:31) en., por favor…".
  expect(before).toMatch(/^Soy Ana María\. La migra me está deteniendo \(.+\)\. Rosa Díaz, por favor recoja/);
  expect(before).not.toMatch(/ en\.|\.\./);
  await page.getByLabel('Add where I am').check();
  await page.getByLabel('Where I am, in words (optional)').fill('Walmart de la calle 5');
  await expect(page.getByText('Your position is in the text.')).toBeVisible();
  expect(smsParts((await next.getAttribute('href')) ?? '', '?').text).toContain(
    'Estoy en Walmart de la calle 5 29.42412, -98.49363.',
  );
  await context.close();
});

test('a place typed for a message with no "where I am" goes at its end, also when the position is not found', async ({
  browser,
  server,
}) => {
  // No permission for the position: it is not found.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE });
  await setUpHome(page);
  await page.goto(server.url + '/alert/home');
  await page.getByLabel('Add where I am').check();
  await page.getByLabel('Where I am, in words (optional)').fill('Walmart de la calle 5');
  await expect(page.getByText('Your position was not found. The text goes without it.')).toBeVisible();
  const next = page.getByRole('link', { name: 'Next: Rosa Díaz' });
  expect(smsParts((await next.getAttribute('href')) ?? '', '?').text).toMatch(
    /llame a mi abogado: \+12135550102\.\nWalmart de la calle 5$/,
  );
  await context.close();
});

for (const locale of ['en-US', 'es-US']) {
  test(`axe finds no violations on the alert screens, set up and sending (${locale})`, async ({
    browser,
    server,
  }) => {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url + '/contacts');
    await seed(page, { contacts: PEOPLE });
    await page.goto(server.url + '/alert/home/setup');
    for (const name of ['Rosa Díaz', 'Ana Ruiz', 'Tío Beto']) await page.getByLabel(name).check();
    await page.locator('button[type="submit"]').click();
    await expect(page.locator('form [role="status"]')).not.toBeEmpty();
    const found: string[] = [];
    for (const path of ['/alert', '/alert/home', '/alert/home/setup', '/alert/work/setup']) {
      await page.goto(server.url + path);
      await expect(heading(page)).toBeVisible();
      // With the group message's warning shown too.
      if ((await page.locator('#alert-group').count()) > 0) await page.locator('#alert-group').check();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      found.push(...results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
}

test('while locked the alert shows the unlock form and a plain line, no name; unlocked, the situations', async ({
  page,
  server,
}) => {
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE });
  await setUpHome(page);
  await page.goto(server.url + '/settings');
  await setLockTo(page, 'en', 'nube trigo farol pesca');
  await page.goto(server.url + '/alert'); // a page load: no key in memory, so locked
  await expect(page.getByText('Your people and messages are locked. Unlock to send them.')).toBeVisible();
  await expect(page.getByText('Rosa Díaz')).toHaveCount(0);
  await unlockWith(page, 'en', 'nube trigo farol pesca');
  await expect(page.getByRole('link', { name: /Agents at my home/ }).first()).toContainText('Rosa Díaz');
  await page.goto(server.url + '/alert/home/setup');
  await expect(page.getByLabel(LOCK_WORDS.en.passphrase, { exact: true })).toBeVisible();
  await expect(page.getByText('Rosa Díaz')).toHaveCount(0);
});

test('locked, with the emergency numbers kept open: the app’s own message goes to each of them, one tap each, with no name', async ({
  page,
  server,
}) => {
  await page.goto(server.url + '/contacts');
  await seed(page, { contacts: PEOPLE });
  await setUpHome(page);
  await page.goto(server.url + '/settings');
  await setLockTo(page, 'en', 'nube trigo farol pesca', true);
  await page.goto(server.url + '/alert/home'); // a page load: no key in memory, so locked
  await expect(page.getByText('Your people and messages are locked. Unlock to send them.')).toBeVisible();
  const links = await requestedLinks(page);
  // Rosa is on the open list (a recipient, and first in calling order): her text is the ready-made one.
  await page.getByRole('link', { name: 'Text Rosa Díaz' }).click();
  await expect.poll(links).toHaveLength(1);
  const { number, text } = smsParts((await links())[0] ?? '', '?');
  expect(number).toBe('+12135550100');
  expect(text).toMatch(/^Immigration agents are at my home now \(.+\)\. I am not opening the door\./);
  // The lawyer's number comes from the open list; the sender's name is sealed and is not in the text.
  expect(text).toContain('+12135550102');
  expect(text).not.toContain('Ana María');
  expect(text).not.toContain('[');
  // One person per tap, as unlocked: "Next", who it was opened for, and a call for the landline.
  await expect(page.getByText('Opened for:')).toContainText('Rosa Díaz');
  await page.getByRole('link', { name: 'Next: Ana Ruiz' }).click();
  await expect.poll(links).toHaveLength(2);
  expect(smsParts((await links())[1] ?? '', '?').number).toBe('+13105550111');
  await expect(page.getByRole('link', { name: 'Call Tío Beto (landline)' })).toHaveAttribute(
    'href',
    'tel:+12135550122',
  );
  await expect(page.getByRole('link', { name: /Text Tío Beto/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Next: Tío Beto' }).click();
  await expect.poll(links).toHaveLength(3);
  expect((await links())[2]).toBe('tel:+12135550122');
  await expect(page.getByText('Opened for:')).toContainText('Rosa Díaz, Ana Ruiz, Tío Beto');
  await expect(page.getByRole('link', { name: 'Call my lawyer Lic. Torres' })).toHaveAttribute(
    'href',
    'tel:+12135550102',
  );
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('a contact set to French gets the French pack’s ready-made message; with the pack removed, English, said in one line', async ({
  browser,
  server,
}) => {
  const { context, page } = await withFrenchPack(browser, server.url);
  await seed(page, {
    contacts: [
      { id: 'marie', name: 'Marie Joseph', phones: ['+13055550123'] },
      { id: 'lawyer', name: 'Lic. Torres', phones: ['+12135550102'], role: 'lawyer' },
    ],
  });

  // The form offers French now that its pack is on the phone.
  await page.goto(server.url + '/contacts');
  await page.getByRole('button', { name: 'Change Marie Joseph' }).click();
  await page.getByLabel('Alert message language').selectOption({ label: 'Français' });
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Change Marie Joseph' })).toBeVisible();

  await page.goto(server.url + '/alert/home/setup');
  await page.getByLabel('Your name, as your family knows you').fill('Ana María');
  await page.getByLabel('Marie Joseph').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.goto(server.url + '/alert/home');
  const next = page.getByRole('link', { name: 'Next: Marie Joseph' });
  const inFrench =
    /^C’est Ana María\. Des agents de l’immigration sont chez moi maintenant \(\d{1,2}:\d{2}\)\. Je n’ouvre pas la porte\. Appelez mon avocat, s’il vous plaît\u00a0: \+12135550102\.$/;
  expect(smsParts((await next.getAttribute('href')) ?? '', '?').text).toMatch(inFrench);
  await expect(page.locator('p[lang="fr"] bdi[dir="auto"]')).toHaveText(inFrench);
  await expect(page.getByText(/is not on this phone/)).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

  // French removed in Settings: the message goes in the second language (this browser's: English).
  await page.goto(server.url + '/settings');
  const french = page.locator('li', { has: page.locator('#language-fr') });
  await french.getByRole('button', { name: 'Remove' }).click();
  await expect(french.getByRole('button', { name: 'Add' })).toBeVisible();
  await page.goto(server.url + '/alert/home');
  await expect(
    page.getByText('Français is not on this phone, so the message goes in English.'),
  ).toBeVisible();
  expect(smsParts((await next.getAttribute('href')) ?? '', '?').text).toMatch(
    /^Ana María here\. Immigration agents are at my home now \(.+\)\./,
  );
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

  // The choice stays, named, though its pack is gone.
  await page.goto(server.url + '/contacts');
  await page.getByRole('button', { name: 'Change Marie Joseph' }).click();
  await expect(page.getByLabel('Alert message language')).toHaveValue('fr');
  await expect(page.getByLabel('Alert message language').locator('option:checked')).toHaveText('Français');
  await context.close();
});

test('the person writes their own French message for a contact set to French: the sms: link carries their words', async ({
  browser,
  server,
}) => {
  const { context, page } = await withFrenchPack(browser, server.url);
  await seed(page, {
    contacts: [
      { id: 'marie', name: 'Marie Joseph', phones: ['+13055550123'], messageLanguage: 'fr' },
      { id: 'lawyer', name: 'Lic. Torres', phones: ['+12135550102'], role: 'lawyer' },
    ],
  });

  await page.goto(server.url + '/alert/home/setup');
  await page.getByLabel('Your name, as your family knows you').fill('Ana María');
  // Nobody reads French yet: the two boxes of an English screen, no more.
  await expect(page.locator('textarea')).toHaveCount(2);
  await page.getByLabel('Marie Joseph').check();
  // Marie reads French: a French box, starting from the pack's ready-made message.
  const ownFrench = page.getByLabel('Message in Français');
  await expect(ownFrench).toHaveValue(/^C’est \[mon nom\]\. Des agents de l’immigration sont chez moi/);
  await expect(page.locator('textarea')).toHaveCount(3);
  await ownFrench.fill(
    'C’est [mon nom]. La police est à la maison ([heure]). Marie, va chercher les petits.',
  );
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  await page.goto(server.url + '/alert/home');
  const next = page.getByRole('link', { name: 'Next: Marie Joseph' });
  expect(smsParts((await next.getAttribute('href')) ?? '', '?').text).toMatch(
    /^C’est Ana María\. La police est à la maison \(\d{1,2}:\d{2}\)\. Marie, va chercher les petits\.$/,
  );
  // Kept: the set-up screen shows the French words as saved.
  await page.goto(server.url + '/alert/home/setup');
  await expect(page.getByLabel('Message in Français')).toHaveValue(/^C’est \[mon nom\]\. La police est/);
  await context.close();
});

test('on a French screen the set-up offers a French message first, and a contact with no language set gets it', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(server.url + '/contacts');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await seed(page, { contacts: [{ id: 'marie', name: 'Marie Joseph', phones: ['+13055550123'] }] });
  await page.goto(server.url + '/alert/safe/setup');
  await expect(page.locator('textarea').first()).toHaveAttribute('id', 'alert-message-fr');
  const ownFrench = page.getByLabel('Message en Français');
  await expect(ownFrench).toHaveValue(/^C’est \[mon nom\]\./);
  await page.locator('#alert-name').fill('Ana María');
  await ownFrench.fill('C’est [mon nom]. Tout va bien, je suis à la maison.');
  await page.locator('#alert-to-marie').check();
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('form [role="status"]')).not.toBeEmpty();
  await page.goto(server.url + '/alert/safe');
  const next = page.locator('a.call');
  expect(smsParts((await next.getAttribute('href')) ?? '', '?').text).toBe(
    'C’est Ana María. Tout va bien, je suis à la maison.',
  );
  expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
  await context.close();
});
