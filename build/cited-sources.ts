import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';

const ROOT = new URL('../', import.meta.url);
const SOURCES = 'locales/sources.json';

/*
 * locales/sources.json is the facts sheet's list of sources; the app shows only those a guide or a
 * screen cites. 15 of its 208 were cited nowhere (0.9 KB gzipped the app downloaded and never showed),
 * and may be cited later: the file keeps them all, the build drops the ones no file names.
 * tests/build/precache.test.ts checks the build keeps every source a built file names.
 */

/** The keys of sources.json some file of src/ or locales/ names, as a quoted string ('ACLU-IMM'). */
export function citedSourceKeys(): Set<string> {
  const keys = Object.keys(JSON.parse(readFileSync(new URL(SOURCES, ROOT), 'utf8')) as object);
  const text = ['src/', 'locales/']
    .flatMap((dir) =>
      readdirSync(new URL(dir, ROOT), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(tsx?|json)$/.test(file) && `${dir}${file}` !== SOURCES)
        .map((file) => readFileSync(new URL(`${dir}${file}`, ROOT), 'utf8')),
    )
    .join('\n');
  return new Set(
    keys.filter((key) => ["'", '"', '`'].some((quote) => text.includes(`${quote}${key}${quote}`))),
  );
}

/** The build's copy of sources.json holds only the sources something cites. */
export function citedSources(): Plugin {
  return {
    name: 'cited-sources',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith(`/${SOURCES}`)) return null;
      const cited = citedSourceKeys();
      const all = JSON.parse(code) as Record<string, unknown>;
      return {
        code: JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => cited.has(key)))),
        map: null,
      };
    },
  };
}
