import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, heading, test, waitUntilControlled } from './support/app';
import { createProfile } from './support/persistent';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The words of the screens below, in each language. */
const WORDS = {
  en: {
    add: 'Add a person',
    name: 'Full name',
    birth: 'Date of birth',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    country: 'Country of birth',
    aNumber: 'A-number (if they have one)',
    child: 'This person is a child',
    school: 'School or child care',
    medicines: 'Medicines',
    allergies: 'Allergies',
    doctor: 'Doctor',
    saved: 'Saved on this phone',
  },
  es: {
    add: 'Agregar una persona',
    name: 'Nombre completo',
    birth: 'Fecha de nacimiento',
    day: 'Día',
    month: 'Mes',
    year: 'Año',
    country: 'País de nacimiento',
    aNumber: 'Número A (si tiene uno)',
    child: 'Esta persona es un niño o una niña',
    school: 'Escuela o guardería',
    medicines: 'Medicinas',
    allergies: 'Alergias',
    doctor: 'Médico',
    saved: 'Guardado en este teléfono',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

interface PersonAnswers {
  name: string;
  birth: [day: string, month: string, year: string];
  country: string;
  aNumber?: string;
  child?: boolean;
  school?: string;
  medicines?: string;
  allergies?: string;
  doctor?: string;
}

const person = (page: Page, n: number) => page.locator('.person').nth(n);
const dateBox = (scope: Locator | Page, group: string, part: string) =>
  scope.getByRole('group', { name: group }).getByLabel(part, { exact: true });
/** The section screen's own save line (the offline message has a status of its own). */
const saveStatus = (page: Page) => page.locator('main .save-status');

/** Adds one person to the household the way a person would, field after field. */
async function addPerson(page: Page, words: Words, answers: PersonAnswers): Promise<void> {
  await page.getByRole('button', { name: words.add }).click();
  const card = page.locator('.person').last();
  await expect(card.getByLabel(words.name)).toBeFocused();
  await card.getByLabel(words.name).fill(answers.name);
  const [day, month, year] = answers.birth;
  await dateBox(card, words.birth, words.day).fill(day);
  await dateBox(card, words.birth, words.month).fill(month);
  await dateBox(card, words.birth, words.year).fill(year);
  await card.getByLabel(words.country).fill(answers.country);
  if (answers.aNumber) await card.getByLabel(words.aNumber).fill(answers.aNumber);
  if (answers.child) {
    await card.getByLabel(words.child).check();
    await card.getByLabel(words.school).fill(answers.school ?? '');
  }
  if (answers.medicines) await card.getByLabel(words.medicines).fill(answers.medicines);
  if (answers.allergies) await card.getByLabel(words.allergies).fill(answers.allergies);
  if (answers.doctor) await card.getByLabel(words.doctor).fill(answers.doctor);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(answers.name);
}

/** Checks one person's answers as the screen shows them. */
async function expectPerson(card: Locator, words: Words, answers: PersonAnswers, aNumberShown = '') {
  await expect(card.getByLabel(words.name)).toHaveValue(answers.name);
  const [day, month, year] = answers.birth;
  await expect(dateBox(card, words.birth, words.day)).toHaveValue(day);
  await expect(dateBox(card, words.birth, words.month)).toHaveValue(month);
  await expect(dateBox(card, words.birth, words.year)).toHaveValue(year);
  await expect(card.getByLabel(words.country)).toHaveValue(answers.country);
  await expect(card.getByLabel(words.aNumber)).toHaveValue(aNumberShown);
  await expect(card.getByLabel(words.child)).toBeChecked({ checked: Boolean(answers.child) });
  if (answers.child) await expect(card.getByLabel(words.school)).toHaveValue(answers.school ?? '');
  await expect(card.getByLabel(words.medicines)).toHaveValue(answers.medicines ?? '');
  await expect(card.getByLabel(words.allergies)).toHaveValue(answers.allergies ?? '');
  await expect(card.getByLabel(words.doctor)).toHaveValue(answers.doctor ?? '');
}

/** Adds a contact marked "may pick up the children": the plan's pick-up questions offer only those. */
async function addContact(page: Page, name: string, phone: string): Promise<void> {
  await page.getByRole('button', { name: 'Agregar un contacto' }).click();
  await page.getByLabel('Nombre', { exact: true }).fill(name);
  await page.getByLabel('Número de teléfono 1').fill(phone);
  // Ten digits without a code: the U.S. and Mexico could both dial it, so the form asks which.
  await page.getByRole('radio', { name: 'Estados Unidos (+1)' }).check();
  await page.getByLabel('Puede recoger a los niños').check();
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.locator('.contacts-status')).toContainText(`Se guardó a ${name}.`);
}

const MARIA: PersonAnswers = {
  name: 'María Guadalupe López Pérez',
  birth: ['14', '3', '1988'],
  country: 'México',
  aNumber: 'a 123 456 789',
  medicines: 'Metformina 500 mg, en la mañana',
  allergies: 'Penicilina',
  doctor: 'Dra. Ruiz, (213) 555-0199',
};
const JOSE: PersonAnswers = {
  name: 'José Luis Hernández Cruz',
  birth: ['2', '11', '1985'],
  country: 'Guatemala',
  aNumber: '12345678',
};
const SOFIA: PersonAnswers = {
  name: 'Sofía Hernández López',
  birth: ['20', '6', '2016'],
  country: 'Estados Unidos',
  child: true,
  school: 'Escuela Primaria Lincoln, (213) 555-0123',
  allergies: 'Cacahuates',
};

test('household, children and review filled offline in Spanish are all there after the browser is reopened', async ({
  ownServer,
}) => {
  test.slow(); // three screens filled by hand on a shared machine
  const words = WORDS.es;
  const profile = await createProfile();
  try {
    let context = await profile.open({ locale: 'es-US' });
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ownServer.url);
    await waitUntilControlled(page);
    await ownServer.stop(); // no network from here on

    await page.goto(`${ownServer.url}/contacts`);
    await addContact(page, 'Ana López', '(213) 555-0100');
    await addContact(page, 'Rosa Pérez', '(213) 555-0101');

    await page.goto(`${ownServer.url}/plan/household`);
    await expect(heading(page)).toHaveText('Su hogar');
    await addPerson(page, words, MARIA);
    await addPerson(page, words, JOSE);
    await expect(person(page, 1).getByText('Guardado como A-012-345-678')).toBeVisible();
    await addPerson(page, words, SOFIA);
    await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');

    await page.getByRole('link', { name: 'Siguiente: Cuidado de los niños' }).click();
    await expect(heading(page)).toHaveText('Cuidado de los niños');
    const sofia = page.getByRole('listitem', { name: SOFIA.name });
    await sofia.getByLabel(`¿Quién recoge primero a ${SOFIA.name}?`).selectOption({ label: 'Ana López' });
    await sofia
      .getByLabel(`¿Quién recoge a ${SOFIA.name} si esa persona no puede?`)
      .selectOption({ label: 'Rosa Pérez' });
    await sofia
      .getByRole('group', {
        name: '¿La escuela o la guardería tiene a estas personas en su lista para recoger?',
      })
      .getByLabel('Sí')
      .check();
    await sofia.getByLabel('Un poder legal para el niño').check();
    await sofia.getByLabel('¿Dónde se guardan estos papeles?').fill('Carpeta roja en el clóset');
    await sofia
      .getByLabel(`¿Qué se le ha dicho a ${SOFIA.name}?`)
      .fill('Que su tía Ana la recoge si mamá no llega.');
    await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');

    await page.goto(`${ownServer.url}/plan/review`);
    await expect(heading(page)).toHaveText('Revisión');
    await page.getByRole('button', { name: 'Lo revisamos hoy' }).click();
    await expect(page.getByText(/^Próxima revisión: \d+ de \w+ de \d{4}\.$/)).toBeVisible();
    await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
    const [day, month, year] = await page.evaluate(() => {
      const now = new Date();
      return [now.getDate(), now.getMonth() + 1, now.getFullYear()].map(String);
    });
    await context.close();

    context = await profile.open({ locale: 'es-US' });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ownServer.url}/plan/household`);
    await expect(page.locator('.person')).toHaveCount(3);
    await expectPerson(person(page, 0), words, MARIA, 'A-123-456-789');
    await expectPerson(person(page, 1), words, JOSE, 'A-012-345-678');
    await expectPerson(person(page, 2), words, SOFIA);

    await page.goto(`${ownServer.url}/plan/children`);
    const reopened = page.getByRole('listitem', { name: SOFIA.name });
    await expect(page.locator('.person')).toHaveCount(1); // only the child, not the adults
    await expect(
      reopened.getByLabel(`¿Quién recoge primero a ${SOFIA.name}?`).locator('option:checked'),
    ).toHaveText('Ana López');
    await expect(
      reopened.getByLabel(`¿Quién recoge a ${SOFIA.name} si esa persona no puede?`).locator('option:checked'),
    ).toHaveText('Rosa Pérez');
    await expect(reopened.getByLabel('Sí')).toBeChecked();
    await expect(reopened.getByLabel('Un poder legal para el niño')).toBeChecked();
    await expect(reopened.getByLabel('¿Dónde se guardan estos papeles?')).toHaveValue(
      'Carpeta roja en el clóset',
    );
    await expect(reopened.getByLabel(`¿Qué se le ha dicho a ${SOFIA.name}?`)).toHaveValue(
      'Que su tía Ana la recoge si mamá no llega.',
    );

    await page.goto(`${ownServer.url}/plan/review`);
    const reviewed = '¿Cuándo revisó el plan con su familia por última vez?';
    await expect(dateBox(page, reviewed, 'Día')).toHaveValue(day ?? '');
    await expect(dateBox(page, reviewed, 'Mes')).toHaveValue(month ?? '');
    await expect(dateBox(page, reviewed, 'Año')).toHaveValue(year ?? '');

    await page.goto(`${ownServer.url}/plan`);
    for (const title of ['Su hogar', 'Cuidado de los niños', 'Revisión']) {
      await expect(page.getByRole('link', { name: title })).toContainText('Completo');
    }
    await context.close();
  } finally {
    await profile.remove();
  }
});

test('what was typed is there when the page is closed 100 ms after typing', async ({ page, server }) => {
  const context = page.context();
  await page.goto(`${server.url}/plan/household`);
  await page.getByRole('button', { name: 'Add a person' }).click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.keyboard.type('Rosa María Gutiérrez');
  await page.waitForTimeout(100);
  await page.close();

  const again = await context.newPage();
  await again.goto(`${server.url}/plan/household`);
  await expect(again.getByLabel('Full name')).toHaveValue('Rosa María Gutiérrez');
  await again.getByLabel('Medicines').focus();
  await again.keyboard.type('Inhaler when needed');
  await again.waitForTimeout(100);
  await again.close();

  const third = await context.newPage();
  await third.goto(`${server.url}/plan/household`);
  await expect(third.getByLabel('Medicines')).toHaveValue('Inhaler when needed');
  await expect(third.getByLabel('Full name')).toHaveValue('Rosa María Gutiérrez');
});

test('messages beside the fields, announced, with nothing typed lost', async ({ page, server }) => {
  const words = WORDS.en;
  await page.goto(`${server.url}/plan/household`);
  await page.getByRole('button', { name: words.add }).click();
  const card = person(page, 0);
  // The new person's name box takes the focus (after the card is drawn: wait for it, then move on).
  await expect(card.getByLabel(words.name)).toBeFocused();

  // A name left empty is said once the person moves on.
  await page.keyboard.press('Tab');
  await expect(card.getByLabel(words.name)).toHaveAccessibleDescription(/Write this person's full name\./);
  await expect(card.getByRole('alert')).toHaveText("Write this person's full name.");
  await card.getByLabel(words.name).fill('Ana');
  await expect(card.getByRole('alert')).toHaveCount(0);

  // 31 February: the boxes keep what was typed, nothing is saved, the message names the problem.
  await dateBox(card, words.birth, words.month).fill('2');
  await dateBox(card, words.birth, words.day).fill('31');
  await dateBox(card, words.birth, words.year).fill('2024');
  const dayBox = dateBox(card, words.birth, words.day);
  await expect(dayBox).toHaveAttribute('aria-invalid', 'true');
  await expect(dayBox).toHaveAccessibleDescription('That month has 29 days. Check the day.');
  await expect(card.getByRole('alert')).toHaveText('That month has 29 days. Check the day.');
  await expect(dayBox).toHaveValue('31');

  // A birth date in the future.
  await dateBox(card, words.birth, words.day).fill('1');
  await dateBox(card, words.birth, words.year).fill('2999');
  await expect(card.getByRole('alert')).toHaveText('This date has not come yet. Check the year.');

  // An A-number that is too short: said when focus leaves, the text stays.
  await card.getByLabel(words.aNumber).fill('A-123-45');
  await expect(card.getByRole('alert')).toHaveCount(1);
  await card.getByLabel(words.aNumber).press('Tab');
  const aNumber = card.getByLabel(words.aNumber);
  await expect(aNumber).toHaveAccessibleDescription(/An A-number has 8 or 9 digits\. This one has 5\./);
  await expect(aNumber).toHaveValue('A-123-45');
  await expect(aNumber).toHaveAttribute('aria-invalid', 'true');

  // Only valid answers were saved: the name, the last real date typed (1 February 2024), no A-number.
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(card.getByLabel(words.name)).toHaveValue('Ana');
  await expect(dateBox(card, words.birth, words.month)).toHaveValue('2');
  await expect(dateBox(card, words.birth, words.day)).toHaveValue('1');
  await expect(dateBox(card, words.birth, words.year)).toHaveValue('2024');
  await expect(card.getByLabel(words.aNumber)).toHaveValue('');
});

test('a person removed by mistake comes back with "Undo", using the keyboard alone', async ({
  page,
  server,
}) => {
  const words = WORDS.en;
  await page.goto(`${server.url}/plan/household`);
  await page.getByRole('button', { name: words.add }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(words.name)).toBeFocused();
  await page.keyboard.type('Beto Ramírez');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(words.month)).toBeFocused();
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(words.day)).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2015');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(words.country)).toBeFocused();
  await page.keyboard.type('Honduras');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(words.aNumber)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(words.child)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(words.school)).toBeFocused();
  await page.keyboard.type('Head Start on 5th St');

  await page.getByRole('button', { name: 'Remove Beto Ramírez' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.person')).toHaveCount(0);
  const status = page.locator('main .plan-status');
  await expect(status).toBeFocused();
  await expect(status).toContainText('Beto Ramírez was removed from the plan.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Beto Ramírez' })).toBeFocused();
  await expect(status).toContainText('Beto Ramírez is back in the plan.');
  await page.reload();
  await expectPerson(person(page, 0), words, {
    name: 'Beto Ramírez',
    birth: ['4', '7', '2015'],
    country: 'Honduras',
    child: true,
    school: 'Head Start on 5th St',
  });
});

test("children's care with no child in the household says so and links to Household", async ({
  page,
  server,
}) => {
  await page.goto(`${server.url}/plan/children`);
  await expect(page.getByText('No one in your household is marked as a child.')).toBeVisible();
  await page.getByRole('link', { name: 'Add the children in Household' }).click();
  await expect(heading(page)).toHaveText('Household');
});

/** A day `months` before today on the browser's calendar, as [month, day, year]. */
function monthsAgo(page: Page, months: number): Promise<string[]> {
  return page.evaluate((back) => {
    const day = new Date();
    day.setDate(1); // step back from the 1st: no month overflows
    day.setMonth(day.getMonth() - back);
    return [day.getMonth() + 1, 1, day.getFullYear()].map(String);
  }, months);
}

test('the home screen suggests a review once six months have passed, and not before', async ({
  page,
  server,
}) => {
  const reminder = page.getByRole('link', {
    name: 'It is time to go over your family plan with your family.',
  });
  const legend = 'When did you last go over the plan with your family?';
  const setReviewDate = async ([month, day, year]: string[]) => {
    await page.goto(`${server.url}/plan/review`);
    await dateBox(page, legend, 'Month').fill(month ?? '');
    await dateBox(page, legend, 'Day').fill(day ?? '');
    await dateBox(page, legend, 'Year').fill(year ?? '');
    await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  };
  /** The home screen, once its review check has had time to run. */
  const home = async () => {
    await page.goto(server.url);
    await page.waitForFunction(() =>
      // The chunk with the reminder (src/features/home/HomeNotes.tsx), loaded once home is idle.
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/HomeNotes-')),
    );
    await page.waitForTimeout(500);
  };

  await home();
  await expect(reminder).toHaveCount(0); // never reviewed

  await setReviewDate(await monthsAgo(page, 5));
  await expect(page.getByText(/^Next review: /)).toBeVisible();
  await home();
  await expect(reminder).toHaveCount(0);

  await setReviewDate(await monthsAgo(page, 7));
  await expect(page.getByText(/^A review was due on /)).toBeVisible();
  await home();
  await expect(reminder).toBeVisible();
  await reminder.click();
  await expect(heading(page)).toHaveText('Review');

  await page.getByRole('button', { name: 'We reviewed it today' }).click();
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await home();
  await expect(reminder).toHaveCount(0);
});

/** Fills the three sections with one adult and one child, then shows some messages. */
async function fillWithErrors(page: Page, server: { url: string }, lang: 'en' | 'es'): Promise<void> {
  const words = WORDS[lang];
  await page.goto(`${server.url}/plan/household`);
  await addPerson(page, words, { ...MARIA, aNumber: '' });
  await addPerson(page, words, SOFIA);
  const card = person(page, 0);
  await card.getByLabel(words.aNumber).fill('A-12');
  await card.getByLabel(words.aNumber).press('Tab');
  await dateBox(card, words.birth, words.day).fill('31');
  await dateBox(card, words.birth, words.month).fill('2');
  await expect(card.getByRole('alert')).toHaveCount(2);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
}

for (const lang of ['en', 'es'] as const) {
  test(`axe finds no violations on the filled sections with messages shown (${lang})`, async ({
    browser,
    server,
  }) => {
    test.slow();
    const context = await browser.newContext({ locale: `${lang}-US`, serviceWorkers: 'block' });
    const page = await context.newPage();
    await fillWithErrors(page, server, lang);
    const check = async (path: string) => {
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    };
    await check('/plan/household');

    await page.goto(`${server.url}/plan/children`);
    // The caregiver's affidavit (after yes / no / not sure, none, verbal): "where kept" appears.
    await page.locator('.person input[type="radio"]').nth(5).check();
    await expect(page.locator('.person textarea, .person input[type="text"]')).toHaveCount(2);
    await check('/plan/children');

    await page.goto(`${server.url}/plan/review`);
    await page.locator('#review-date-year').fill('2999');
    await page.locator('#review-date-month').fill('1');
    await page.locator('#review-date-day').fill('1');
    await expect(page.getByRole('alert')).toBeVisible();
    await check('/plan/review');
    await context.close();
  });
}

test('at 200 % text size on a 390 px phone nothing is cut off and nothing scrolls sideways', async ({
  browser,
  server,
}) => {
  test.slow();
  const context = await browser.newContext({ locale: 'es-US' }); // the longer words
  const page = await context.newPage();
  await fillWithErrors(page, server, 'es');
  for (const path of ['/plan/household', '/plan/children', '/plan/review']) {
    await page.goto(server.url + path);
    await expect(heading(page)).toBeVisible();
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    if (path === '/plan/household') {
      // Show the messages again at this size.
      await page.locator('.person').first().getByLabel(WORDS.es.aNumber).fill('A-12');
      await page.locator('.person').first().getByLabel(WORDS.es.aNumber).press('Tab');
    }
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const cut = [...document.querySelectorAll('body *')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
        })
        .map((element) => `${element.tagName}.${element.className} ${element.textContent?.slice(0, 40)}`);
      return { scroll: document.documentElement.scrollWidth - width, cut };
    });
    expect(overflow, path).toEqual({ scroll: 0, cut: [] });
    const fontSize = await page
      .locator('main input[type="text"], main textarea')
      .first()
      .evaluate((input) => parseFloat(getComputedStyle(input).fontSize));
    expect(fontSize, path).toBeGreaterThanOrEqual(32);
    // Tick boxes and round buttons keep their size beside labels that wrap.
    const smallest = await page
      .locator('main input[type="checkbox"], main input[type="radio"]')
      .evaluateAll((inputs) => Math.min(...inputs.map((input) => input.getBoundingClientRect().width)));
    expect(smallest, path).toBeGreaterThanOrEqual(24);
  }
  await context.close();
});
