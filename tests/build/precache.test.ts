import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/content/catalog';
import { LANGUAGES } from '../../src/i18n/languages';

// Runs after `vite build`: checks what the service worker will keep on the phone.
const dist = join(import.meta.dirname, '../../dist');
const localesDir = join(import.meta.dirname, '../../locales');
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
const precached = urls.map((url) => readFileSync(join(dist, url), 'utf8'));

/** True when some precached file carries this text as a whole string literal (so "No" is not found in "Now"). */
function isPrecached(text: string): boolean {
  const escaped = JSON.stringify(text).slice(1, -1);
  const literals = [`\`${text}\``, `"${escaped}"`, `'${escaped.replace(/'/g, "\\'")}'`];
  return precached.some((file) => literals.some((literal) => file.includes(literal)));
}

function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  return Object.values(tree as Record<string, unknown>).flatMap(leaves);
}

describe('the service worker precache', () => {
  it('lists the shell: index.html, the manifest, the icon', () => {
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest']));
    expect(urls.filter((url) => /^assets\/icon-[\w-]+\.svg$/.test(url))).toHaveLength(1);
    for (const url of urls) expect(existsSync(join(dist, url)), url).toBe(true);
  });

  it('leaves out the PNG icons: the browser keeps its own copy when the app is installed', () => {
    expect(urls.filter((url) => url.endsWith('.png'))).toEqual([]);
  });

  it('does not list the service worker itself', () => {
    expect(urls.filter((url) => /(^|\/)sw\.js$/.test(url))).toEqual([]);
  });

  it('lists every script, stylesheet and icon the build produced', () => {
    const built = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
    expect(built.length).toBeGreaterThan(5);
    expect(urls).toEqual(expect.arrayContaining(built));
  });

  it.each(LANGUAGES)('carries every %s interface string, of every screen', (language) => {
    const files = readdirSync(join(localesDir, language)).filter((name) => name.endsWith('.json'));
    const strings = files.flatMap((name) =>
      leaves(JSON.parse(readFileSync(join(localesDir, language, name), 'utf8'))),
    );
    expect(strings.length).toBeGreaterThan(50);
    expect(strings.filter((text) => !isPrecached(text))).toEqual([]);
  });

  it.each(LANGUAGES)('carries every %s guide, word for word', async (language) => {
    const guides = await loadGuides(language);
    const missing = guides.flatMap((guide) =>
      [
        guide.title,
        guide.summary,
        ...(guide.rightNow?.steps ?? []),
        ...guide.steps,
        ...(guide.prepare ?? []),
        ...guide.doNot,
      ].filter((text) => !isPrecached(text)),
    );
    expect(missing).toEqual([]);
  });
});
