import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_AREAS, CORE_GUIDES } from '../../locales/core';
import { guides as englishGuides } from '../../locales/en/guides/index';
import { PACK_CODES, PACK_LANGUAGES } from '../../src/i18n/pack-languages';

// Runs after `vite build`: every language beyond English and Spanish is one checked file, outside the
// precache, holding everything its tier shows; nothing of it is in the files every phone downloads.
const dist = join(import.meta.dirname, '../../dist');
const localesDir = join(import.meta.dirname, '../../locales');
const files = readdirSync(join(dist, 'lang'));
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
const englishAreas = readdirSync(join(localesDir, 'en'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace('.json', ''))
  .sort();

describe('language packs in the build', () => {
  it('one file per pack language, named by its SHA-256, none of them precached', () => {
    expect(files.map((file) => /^(.+)-[0-9a-f]{10}\.json$/.exec(file)?.[1]).sort()).toEqual(
      [...PACK_CODES].sort(),
    );
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(dist, 'lang', file)))
        .digest('hex');
      expect(file).toContain(`-${hash.slice(0, 10)}.json`);
    }
    expect(precached.filter((url) => url.startsWith('lang/'))).toEqual([]);
  });

  it.each(PACK_CODES)('%s holds every file its tier needs', (code) => {
    const file = files.find(
      (name) => name.startsWith(`${code}-`) && /^-[0-9a-f]{10}\.json$/.test(name.slice(code.length)),
    );
    if (!file) throw new Error(`no pack for ${code}`);
    const pack = JSON.parse(readFileSync(join(dist, 'lang', file), 'utf8')) as {
      language: string;
      tier: string;
      about: { translatedBy: string };
      strings: Record<string, unknown>;
      guides: { id: string }[];
    };
    const { tier } = PACK_LANGUAGES[code];
    expect(pack.language).toBe(code);
    expect(pack.tier).toBe(tier);
    expect(pack.about.translatedBy).not.toBe('');
    expect(Object.keys(pack.strings).sort()).toEqual(
      tier === 'whole' ? englishAreas : [...CORE_AREAS].sort(),
    );
    expect(pack.guides.map((guide) => guide.id)).toEqual(
      tier === 'whole' ? englishGuides.map((guide) => guide.id) : [...CORE_GUIDES],
    );
  });

  it("no file every phone downloads carries another language's words", () => {
    const shipped = precached
      .filter((url) => url.endsWith('.js'))
      .map((url) => readFileSync(join(dist, url), 'utf8'));
    for (const code of PACK_CODES) {
      const title = (
        JSON.parse(readFileSync(join(localesDir, code, 'home.json'), 'utf8')) as { title: string }
      ).title;
      expect(
        shipped.some((text) => text.includes(title)),
        `${code}: ${title}`,
      ).toBe(false);
    }
  });
});
