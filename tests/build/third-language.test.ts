import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../src/content/guide-types';
import { guides as englishGuides } from '../../locales/en/guides/index';
import {
  buildWithThirdLanguage,
  PACK_LIST,
  pseudo,
  THIRD,
  type ThirdLanguageBuild,
} from '../support/third-language';

/**
 * Adding a language is adding its folder and one line: a copy of the project gets a test-only language
 * (tests/support/third-language.ts) and nothing else, and its own `vite build` makes it a language pack
 * holding every string and guide, which no phone downloads unless it needs it.
 */
const root = join(import.meta.dirname, '../..');
let built: ThirdLanguageBuild;
let precached: string[];
let pack: string;

beforeAll(async () => {
  built = await buildWithThirdLanguage();
  const sw = readFileSync(join(built.dist, 'sw.js'), 'utf8');
  precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) =>
    readFileSync(join(built.dist, m[1] ?? ''), 'utf8'),
  );
  const file = readdirSync(join(built.dist, 'lang')).find((name) => /^xx-[0-9a-f]{10}\.json$/.test(name));
  pack = file ? readFileSync(join(built.dist, 'lang', file), 'utf8') : '';
}, 180_000);

afterAll(() => built?.remove());

/** Every file under a folder, as paths relative to it. */
const files = (dir: string, skip: (path: string) => boolean): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => !skip(path) && statSync(join(dir, path)).isFile())
    .sort();

const leaves = (tree: unknown): string[] =>
  typeof tree === 'string' ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(leaves);

/** A string as it stands in built code or JSON: some quoted literal holds it whole. */
const literal = (text: string) => {
  const escaped = JSON.stringify(text).slice(1, -1);
  return [`\`${text}\``, `"${escaped}"`, `'${escaped.replace(/'/g, "\\'")}'`];
};
const inSome = (code: readonly string[], text: string) =>
  code.some((file) => literal(text).some((quoted) => file.includes(quoted)));

describe(`a language, ${THIRD.code}, added as a folder and one line`, () => {
  it('changes no other file of the project', () => {
    const skip = (path: string) => /^(node_modules|dist|\.git)(\/|$)|^locales\/xx\//.test(path);
    const copied = files(built.dir, skip);
    const changed = copied.filter(
      (path) => !readFileSync(join(built.dir, path)).equals(readFileSync(join(root, path))),
    );
    expect(changed).toEqual([PACK_LIST]);
    const lines = (dir: string) => readFileSync(join(dir, PACK_LIST), 'utf8').split('\n');
    const added = lines(built.dir).filter((line) => !lines(root).includes(line));
    expect(added).toEqual([`  ${THIRD.line}`]);
  });

  it('is a pack of its own holding every one of its strings and every guide', () => {
    const folder = join(built.dir, 'locales', THIRD.code);
    const strings = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => leaves(JSON.parse(readFileSync(join(folder, name), 'utf8'))))
      .filter((text) => text.startsWith(pseudo('')));
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((text) => !inSome([pack], text))).toEqual([]);
    const titles = englishGuides.map((guide: Guide) => pseudo(guide.title));
    expect(titles.filter((title) => !inSome([pack], title))).toEqual([]);
  });

  it('is in no file every phone downloads', () => {
    expect(inSome(precached, pseudo('Know your rights'))).toBe(false);
    expect(inSome(precached, pseudo(englishGuides[0]?.title ?? ''))).toBe(false);
  });
});
