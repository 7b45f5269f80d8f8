import { createHash } from 'node:crypto';
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

  it('keeps every icon the manifest and the page name: Chromium fetches one on every page load', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
      icons: Array<{ src: string }>;
    };
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/<link rel="(?:apple-touch-)?icon"[^>]* href="\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(linked).toHaveLength(2);
    expect(urls).toEqual(expect.arrayContaining([...manifest.icons.map((icon) => icon.src), ...linked]));
  });

  it('gives every entry the SHA-256 of its file, which the worker checks every copy against', () => {
    const entries = [...sw.matchAll(/\{"revision":("[^"]*"|null),"url":"([^"]+)"\}/g)];
    expect(entries).toHaveLength(urls.length);
    for (const [, revision, url = ''] of entries) {
      const sha256 = createHash('sha256')
        .update(readFileSync(join(dist, url)))
        .digest('hex');
      expect(revision, url).toBe(`"${sha256}"`);
    }
  });

  it('does not list the service worker itself', () => {
    expect(urls.filter((url) => /(^|\/)sw\.js$/.test(url))).toEqual([]);
  });

  it('lists every script, stylesheet and icon the build produced', () => {
    const built = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
    expect(built.length).toBeGreaterThan(5);
    expect(urls).toEqual(expect.arrayContaining(built));
  });

  it('holds the code the backup check worker shares with the app once: no second copy of valibot', () => {
    // valibot's config reader; before build/module-workers.ts, the worker carried its own copy (4.9 KB).
    const withValibot = urls.filter(
      (url, i) => url.endsWith('.js') && precached[i]?.includes('abortPipeEarly'),
    );
    expect(withValibot).toHaveLength(1);
    const worker = urls.find((url) => /^assets\/check-worker-[\w-]+\.js$/.test(url));
    expect(worker && precached[urls.indexOf(worker)]).toContain(
      `from"./${withValibot[0]?.slice('assets/'.length)}"`,
    );
  });

  it('carries every source a built file names, and none that nothing cites (build/cited-sources.ts)', () => {
    const sources = Object.keys(JSON.parse(readFileSync(join(localesDir, 'sources.json'), 'utf8')) as object);
    const list = precached.filter((code) => code.includes('organization:'));
    expect(list).toHaveLength(1);
    // Minified, a key is quoted unless it is a name ("ACLU-IMM":{…}, ACLUM:{…}).
    const shipped = sources.filter((key) =>
      [`${JSON.stringify(key)}:{organization:`, `{${key}:{organization:`, `,${key}:{organization:`].some(
        (entry) => list[0]?.includes(entry),
      ),
    );
    // A key written anywhere else in the built code (a guide's, a screen's list) must be in the list.
    const named = sources.filter((key) => precached.some((code) => code !== list[0] && code.includes(key)));
    expect(named.filter((key) => !shipped.includes(key))).toEqual([]);
    expect(shipped.length).toBeGreaterThan(150);
    expect(shipped.length).toBeLessThan(sources.length); // the facts sheet lists sources nothing cites yet
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
