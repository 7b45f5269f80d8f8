import { guides } from '../../locales/en/guides/index';
import { SCREENS_REVIEWED } from '../../locales/reviewed';
import { expect, heading, test } from './support/app';

const door = guides.find((guide) => guide.id === 'agents-at-your-door');
const SCREENS = [
  { path: '/guides/agents-at-your-door', title: 'Agents at your door', reviewed: door?.lastReviewed ?? '' },
  { path: '/card', title: 'Red card', reviewed: SCREENS_REVIEWED },
  { path: '/warrant', title: 'Is this a real warrant?', reviewed: SCREENS_REVIEWED },
];
const OLD = 'This information was checked more than six months ago';

/** Noon on the day `months` after an ISO date. */
const monthsAfter = (iso: string, months: number) => {
  const date = new Date(`${iso}T12:00:00`);
  date.setMonth(date.getMonth() + months);
  return date;
};
const newest =
  SCREENS.map((screen) => screen.reviewed)
    .sort()
    .at(-1) ?? '';
const oldest = SCREENS.map((screen) => screen.reviewed).sort()[0] ?? '';

for (const { when, now, shown } of [
  { when: 'a month after the review', now: monthsAfter(oldest, 1), shown: false },
  { when: 'seven months after the review', now: monthsAfter(newest, 7), shown: true },
]) {
  test(`${when}, by the phone's clock, the guide, the card and the warrant check ${
    shown ? 'say their review is old' : 'say nothing of age'
  }`, async ({ browser, server }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.clock.setFixedTime(now);
    for (const screen of SCREENS) {
      await page.goto(server.url + screen.path);
      await expect(heading(page)).toHaveText(screen.title);
      await expect(page.getByText('Not legal advice').first()).toBeVisible();
      await expect(page.getByText(OLD)).toHaveCount(shown ? 1 : 0);
    }
    await context.close();
  });
}
