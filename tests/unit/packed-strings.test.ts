import i18next from 'i18next';
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../build/language-packs';
import { packArea, unpackArea, type PackedArea, type Strings } from '../../src/i18n/packed-strings';

// Issue 16's budget per language: a pack carries its texts without English's keys, in the order of
// English's keys, and the phone puts the keys back from the English strings it already has.

const readJson = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Strings;

const english: Strings = {
  title: 'Contacts',
  found_one: '{{count}} found',
  found_other: '{{count}} found',
  form: { name: 'Name', steps: ['One', 'Two'] as unknown as string, after_one: 'a', after_other: 'b' },
  last: 'Last',
};
const arabic: Strings = {
  title: 'جهات الاتصال',
  found_zero: 'لا شيء',
  found_one: 'واحد',
  found_two: 'اثنان',
  found_few: 'قليل',
  found_many: 'كثير',
  found_other: 'غير ذلك',
  form: {
    name: 'الاسم',
    steps: ['واحد', 'اثنان', 'ثلاثة'] as unknown as string,
    after_one: 'أ',
    after_other: 'ب',
  },
  last: 'الأخير',
};

describe("a pack's keyless strings", () => {
  it("carry no key, and come back whole, with the language's own plural forms and lists", () => {
    const packed = packArea(arabic, english);
    expect(JSON.stringify(packed)).not.toMatch(/"(title|form|name|steps|last|found_\w+)"/);
    expect(unpackArea(packed, english)).toEqual(arabic);
  });

  it('leave out a text the language lacks, and keep the others in their place', () => {
    const { title: _dropped, ...without } = arabic;
    void _dropped;
    const back = unpackArea(packArea(without, english), english);
    expect(back).toEqual(without);
    expect(back['last']).toBe('الأخير');
  });

  it('come back whole for every area of every pack language in the project', async () => {
    const folders = readdirSync(new URL('../../locales/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['en', 'es'].includes(entry.name))
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThanOrEqual(16);
    for (const language of folders) {
      const { strings } = JSON.parse((await buildPack(language)).json) as {
        strings: Record<string, PackedArea>;
      };
      for (const [area, packed] of Object.entries(strings)) {
        const own = readJson(`../../locales/${language}/${area}.json`);
        expect(unpackArea(packed, readJson(`../../locales/en/${area}.json`)), `${language}/${area}`).toEqual(
          own,
        );
      }
    }
  });
});

describe('a pack language in i18next', () => {
  afterEach(() => {
    vi.resetModules();
    i18next.off('initialized'); // i18next is one for all tests: no earlier test's module may follow it
  });

  it("gets a screen's strings in its language when the screen brings its English ones", async () => {
    const packed = packArea(arabic, english);
    vi.doMock('../../src/i18n/packs', () => ({
      readPack: async () => ({ strings: { common: [], contacts: packed } }),
    }));
    const { initI18n, addScreenStrings } = await import('../../src/i18n/i18n');
    // Keys of this test's own strings, not the app's: i18next's key types do not know them.
    const t = (await initI18n('ar')) as unknown as (key: string, options?: object) => string;
    expect(t('contacts.title')).toBe('[missing: contacts.title]'); // no contacts screen yet
    addScreenStrings({ '/locales/en/contacts.json': english, '/locales/es/contacts.json': english });
    expect(t('contacts.title')).toBe('جهات الاتصال');
    expect(t('contacts.found', { count: 2 })).toBe('اثنان');
    expect(t('contacts.form.name')).toBe('الاسم');
    vi.doUnmock('../../src/i18n/packs');
  });

  it('has the strings of a screen already shown when the person switches to it', async () => {
    const packed = packArea(arabic, english);
    vi.doMock('../../src/i18n/packs', () => ({
      readPack: async () => ({ strings: { common: [], contacts: packed } }),
    }));
    const { initI18n, addScreenStrings, changeLanguage } = await import('../../src/i18n/i18n');
    await initI18n('es');
    addScreenStrings({ '/locales/en/contacts.json': english, '/locales/es/contacts.json': english });
    const t = (await changeLanguage('ar')) as unknown as (key: string) => string;
    expect(t('contacts.title')).toBe('جهات الاتصال');
    expect(i18next.language).toBe('ar');
    vi.doUnmock('../../src/i18n/packs');
  });
});
