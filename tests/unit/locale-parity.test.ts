import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

type Tree = { [key: string]: string | Tree };
const localesDir = join(import.meta.dirname, '../../locales');

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function strings(language: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const tree = JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as Tree;
    for (const [key, value] of flatten(tree, `${file.replace('.json', '')}.`)) out.set(key, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const english = strings('en');

describe('UI strings', () => {
  it('English has strings', () => {
    expect(english.size).toBeGreaterThan(20);
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const translated = strings(language);

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
