import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import {
  EMPTY_APP_ROOT,
  FIRST_SCREEN_SCRIPT_ID,
  guidesTemplateId,
  homeTemplateId,
  INSTALL_PREFETCH_ID,
} from '../../src/shared/page-ids';

// Runs after `vite build`: checks what index.html carries for the first paint (src/first-paint/README.md).
const dist = join(import.meta.dirname, '../../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precachedScripts = [...sw.matchAll(/"url":"(assets\/[^"]+\.js)"/g)].map((m) => `/${m[1] ?? ''}`);

describe('index.html', () => {
  it.each(LANGUAGES)('holds the home screen pre-rendered in %s, with its strings', async (language) => {
    const { default: strings } = await import(`../../locales/${language}/home.json`);
    const template = html.match(
      new RegExp(`<template id="${homeTemplateId(language)}">(.*?)</template>`, 's'),
    );
    expect(template?.[1]).toContain(`<h1 tabindex="-1">${(strings as { title: string }).title}</h1>`);
  });

  it("leaves out the source's comments, which no one reads on a phone", () => {
    const source = readFileSync(join(import.meta.dirname, '../../index.html'), 'utf8');
    expect(source).toContain('<!--');
    expect(html.replace(/<template\b[\s\S]*?<\/template>/g, '')).not.toContain('<!--');
  });

  it('runs first-screen.ts deferred, before the app entry, and shows nothing until then', () => {
    const script = html.indexOf(`<script id="${FIRST_SCREEN_SCRIPT_ID}" defer src="/assets/first-screen-`);
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(html.indexOf('<script type="module"'));
    expect(html).toContain(EMPTY_APP_ROOT);
  });

  // The guide's Lighthouse score fell from 100 to 99 when storage (16 KB gzip with the records' schemas) sat
  // on this list for a date helper and the emergency bar's call buttons, which load after the guide shows.
  it.each(LANGUAGES)(
    'on a link to a guide in %s, preloads the guide, not the code that reads saved data',
    (language) => {
      const hints = html.match(
        new RegExp(`<template id="${guidesTemplateId(language)}">(.*?)</template>`, 's'),
      )?.[1];
      const files = [...(hints ?? '').matchAll(/href="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
      expect(files.length).toBeGreaterThan(2);
      const readsStorage = files.filter((file) =>
        readFileSync(join(dist, file), 'utf8').includes('indexedDB'),
      );
      expect(readsStorage).toEqual([]);
    },
  );

  it('gives every precached script a download hint: loaded, preloaded, or prefetched for the install', () => {
    const hints = html.match(new RegExp(`<template id="${INSTALL_PREFETCH_ID}">(.*?)</template>`, 's'))?.[1];
    expect(hints).toContain('rel="prefetch"');
    const mentioned = (url: string) => html.includes(`src="${url}"`) || html.includes(`href="${url}"`);
    expect(precachedScripts.length).toBeGreaterThan(5);
    expect(precachedScripts.filter((url) => !mentioned(url))).toEqual([]);
  });
});
