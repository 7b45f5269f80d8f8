import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

import { areaStrings, localesDir } from './support/locale-strings';

const root = join(import.meta.dirname, '../..');

/**
 * English and Spanish, built into the app. The languages of packs (issue 16) are checked, by their tier,
 * in language-packs.test.ts.
 */
const folders = [...LANGUAGES].sort();

const areas = (language: string) =>
  readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .sort();

function strings(language: string): Map<string, string> {
  return new Map(areas(language).flatMap((file) => [...areaStrings(language, file.replace('.json', ''))]));
}

/** Every source file under a folder, recursively. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(dir, name));

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const english = strings('en');

describe('UI strings', () => {
  it('English has strings', () => {
    expect(english.size).toBeGreaterThan(20);
  });

  it("every area but the first screen's is added by a screen, from English's and Spanish's folders", () => {
    const loaded = new Set(
      sources(join(root, 'src')).flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(/import\.meta\.glob\('\/locales\/\{en,es\}\/(\w+\.json)'/g),
        ].map((m) => m[1]),
      ),
    );
    // common and home come with the first screen, through locales/<lang>/index.ts (src/i18n/resources.ts).
    expect([...loaded, 'common.json', 'home.json'].sort()).toEqual(areas('en'));
  });

  for (const language of folders.filter((l) => l !== 'en')) {
    const translated = strings(language);

    it(`${language} has the files of English, the first screen's list word for word`, () => {
      expect(areas(language)).toEqual(areas('en'));
      expect(readFileSync(join(localesDir, language, 'index.ts'), 'utf8')).toBe(
        readFileSync(join(localesDir, 'en', 'index.ts'), 'utf8'),
      );
    });

    it(`${language} has exactly the keys of English`, () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${language} has no empty string and keeps every {{placeholder}}`, () => {
      for (const [key, text] of english) {
        const other = translated.get(key) ?? '';
        expect(other.trim(), key).not.toBe('');
        expect(placeholders(other), key).toEqual(placeholders(text));
      }
    });
  }
});
