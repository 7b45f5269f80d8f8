import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../src/content/guide-types';
import { guides as englishGuides } from '../../locales/en/guides/index';
import { buildWithThirdLanguage, pseudo, THIRD, type ThirdLanguageBuild } from '../support/third-language';

/**
 * Adding a language is adding its folder and one line: a copy of the project gets a test-only language
 * (tests/support/third-language.ts) and nothing else, and its own `vite build` carries that language
 * everywhere English and Spanish are: the pre-rendered home screen, the preload hints, its strings and
 * guides as their own chunks, every screen's strings and the service worker's precache.
 */
const root = join(import.meta.dirname, '../..');
let built: ThirdLanguageBuild;
let html: string;
let precached: string[];

beforeAll(async () => {
  built = await buildWithThirdLanguage();
  html = readFileSync(join(built.dist, 'index.html'), 'utf8');
  const sw = readFileSync(join(built.dist, 'sw.js'), 'utf8');
  precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) =>
    readFileSync(join(built.dist, m[1] ?? ''), 'utf8'),
  );
}, 180_000);

afterAll(() => built?.remove());

/** The files a template in index.html hints at, read from the build. */
function hinted(templateId: string): string[] {
  const template = html.match(new RegExp(`<template id="${templateId}">(.*?)</template>`, 's'))?.[1] ?? '';
  return [...template.matchAll(/href="\/([^"]+)"/g)].map((m) =>
    readFileSync(join(built.dist, m[1] ?? ''), 'utf8'),
  );
}

/** Every file under a folder, as paths relative to it. */
const files = (dir: string, skip: (path: string) => boolean): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => !skip(path) && statSync(join(dir, path)).isFile())
    .sort();

const leaves = (tree: unknown): string[] =>
  typeof tree === 'string' ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(leaves);

/** A string as it stands in built code: some quoted literal holds it whole. */
const literal = (text: string) => {
  const escaped = JSON.stringify(text).slice(1, -1);
  return [`\`${text}\``, `"${escaped}"`, `'${escaped.replace(/'/g, "\\'")}'`];
};
const inSome = (code: readonly string[], text: string) =>
  code.some((file) => literal(text).some((quoted) => file.includes(quoted)));

describe(`a third language, ${THIRD.code}, added as a folder and one line`, () => {
  it('changes no other file of the project', () => {
    const skip = (path: string) => /^(node_modules|dist|\.git)(\/|$)|^locales\/xx\//.test(path);
    const copied = files(built.dir, skip);
    const changed = copied.filter(
      (path) => !readFileSync(join(built.dir, path)).equals(readFileSync(join(root, path))),
    );
    expect(changed).toEqual(['src/i18n/languages.ts']);
    const lines = (dir: string) => readFileSync(join(dir, 'src/i18n/languages.ts'), 'utf8').split('\n');
    const added = lines(built.dir).filter((line) => !lines(root).includes(line));
    expect(added).toEqual([`  ${THIRD.code}: '${THIRD.name}',`]);
    expect(lines(built.dir).length).toBe(lines(root).length + 1);
  });

  it('has its home screen and frame pre-rendered in index.html, in its own strings', () => {
    const home = html.match(new RegExp(`<template id="home-${THIRD.code}">(.*?)</template>`, 's'))?.[1];
    expect(home).toContain(`<h1 tabindex="-1">${pseudo('Know your rights')}</h1>`);
    expect(html).toContain(`<template id="frame-${THIRD.code}">`);
  });

  it('has its first-screen strings as a chunk of their own, preloaded on a first visit in it', () => {
    const [strings, ...more] = hinted(`strings-${THIRD.code}`);
    expect(more).toEqual([]);
    expect(inSome([strings ?? ''], pseudo('Know your rights'))).toBe(true);
    expect(inSome([strings ?? ''], 'Know your rights')).toBe(false); // one language only
  });

  it('has its guides as a chunk of their own, preloaded with the guide screens on a link to a guide', () => {
    const guides = hinted(`guides-${THIRD.code}`);
    const titles = englishGuides.map((guide: Guide) => pseudo(guide.title));
    expect(titles.filter((title) => !inSome(guides, title))).toEqual([]);
    const own = guides.filter((code) => inSome([code], titles[0] ?? ''));
    expect(own).toHaveLength(1);
  });

  it('carries every one of its strings, of every screen, in the precache', () => {
    const folder = join(built.dir, 'locales', THIRD.code);
    const strings = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => leaves(JSON.parse(readFileSync(join(folder, name), 'utf8'))))
      .filter((text) => text.startsWith(pseudo('')));
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((text) => !inSome(precached, text))).toEqual([]);
  });
});
