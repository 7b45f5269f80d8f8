import { expect, heading, test } from './support/app';
import { PACK_LANGUAGES, type PackLanguage } from '../../src/i18n/pack-languages';
import type { CoreGuide } from '../../src/content/guide-types';

// The encounter guides' "right now" (issue 3's first screen, issue 16's languages): in every pack language,
// on a phone held during the encounter (360×740, no scrolling), the steps and the English words to say are
// on the first screen, as guides.spec.ts holds for English and Spanish.

const LANGUAGES = Object.keys(PACK_LANGUAGES) as PackLanguage[];
const ENCOUNTER = ['agents-at-your-door', 'on-the-street', 'in-a-car', 'at-work'];

for (const lang of LANGUAGES) {
  test(`the steps and the English words of "right now" fit the first screen at 360×740 (${lang})`, async ({
    browser,
    server,
  }) => {
    const { guides } = (await import(`../../locales/${lang}/guides/index.ts`)) as { guides: CoreGuide[] };
    const context = await browser.newContext({ locale: lang, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const over: string[] = [];
    for (const id of ENCOUNTER) {
      const guide = guides.find((found) => found.id === id);
      if (!guide?.rightNow) throw new Error(`${lang}: no right now for ${id}`);
      await page.goto(`${server.url}/guides/${id}`);
      await expect(heading(page)).toHaveText(guide.title);
      const block = page.locator('.right-now');
      const lines = [
        ...guide.rightNow.steps.map((step) => block.getByText(step, { exact: true })),
        ...guide.rightNow.sayThis.map((phrase) => block.getByText(`“${phrase.english}”`, { exact: true })),
      ];
      for (const line of lines) {
        const bottom = await line.evaluate((element) => Math.round(element.getBoundingClientRect().bottom));
        if (bottom > 740) over.push(`${id}: ${bottom} px`);
      }
    }
    expect(over).toEqual([]);
    await context.close();
  });
}
