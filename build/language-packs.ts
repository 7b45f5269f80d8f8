import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { transformWithOxc, type Plugin } from 'vite';
import { isDeepStrictEqual } from 'node:util';
import { guideText } from '../src/content/guide-text.ts';
import type { CoreGuide, Guide } from '../src/content/guide-types.ts';
import { packArea, unpackArea, type Strings } from '../src/i18n/packed-strings.ts';
import { PACK_CODES, PACK_LANGUAGES, type PackLanguage } from '../src/i18n/pack-languages.ts';

const LOCALES = new URL('../locales/', import.meta.url);
const VIRTUAL = 'virtual:language-packs';
const RESOLVED = `\0${VIRTUAL}`;
/** Where packs are served: not under assets/, so the precache (build/service-worker.ts) leaves them out. */
export const PACK_FOLDER = 'lang';

/** What a pack holds: one language folder's strings, guides and translation notes, as one JSON file. */
export interface BuiltPack {
  language: string;
  fileName: string;
  json: string;
  /** SHA-256 of the file, hex: the app checks every copy against it before use. */
  sha256: string;
}

/** A TypeScript module of locales/ as a data: URL Node can import, its relative imports likewise. */
async function moduleUrl(file: URL): Promise<string> {
  const source = readFileSync(file, 'utf8');
  const { code } = await transformWithOxc(source, file.pathname, { lang: 'ts' });
  let linked = code;
  for (const [whole, path] of code.matchAll(/from\s+["'](\.\.?\/[^"']+)["']/g)) {
    linked = linked.replace(whole, `from ${JSON.stringify(await moduleUrl(new URL(`${path}.ts`, file)))}`);
  }
  return `data:text/javascript;base64,${Buffer.from(linked).toString('base64')}`;
}

async function importLocale<T>(file: URL): Promise<T> {
  return (await import(/* @vite-ignore */ await moduleUrl(file))) as T;
}

/** One language folder as a pack. */
export async function buildPack(language: string): Promise<BuiltPack> {
  const folder = new URL(`${language}/`, LOCALES);
  const read = (file: URL) => JSON.parse(readFileSync(file, 'utf8')) as Strings;
  // Each area's texts in the order of English's keys, without the keys (src/i18n/packed-strings.ts).
  const strings = Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => {
        const own = read(new URL(name, folder));
        const english = read(new URL(`en/${name}`, LOCALES));
        const packed = packArea(own, english);
        // A string English lacks would be lost on the way: the build stops instead.
        if (!isDeepStrictEqual(unpackArea(packed, english), own))
          throw new Error(`locales/${language}/${name}: keys differ from English's`);
        return [name.replace('.json', ''), packed];
      }),
  );
  const { guides } = await importLocale<{ guides: (Guide | CoreGuide)[] }>(
    new URL('guides/index.ts', folder),
  );
  const { about } = await importLocale<{ about: unknown }>(new URL('about.ts', folder));
  const { tier } = PACK_LANGUAGES[language as PackLanguage];
  const json = JSON.stringify({ language, tier, about, strings, guides: guides.map(guideText) });
  const sha256 = createHash('sha256').update(json).digest('hex');
  return { language, json, sha256, fileName: `${PACK_FOLDER}/${language}-${sha256.slice(0, 10)}.json` };
}

/** Every pack language whose folder exists. */
export async function buildPacks(): Promise<BuiltPack[]> {
  const present = PACK_CODES.filter((code) => existsSync(new URL(`${code}/`, LOCALES)));
  return Promise.all(present.map(buildPack));
}

/**
 * 10. Language packs: each language beyond English and Spanish as one file, `lang/<code>-<hash>.json`,
 * outside the precache; `virtual:language-packs` tells the app each pack's address, size and SHA-256.
 * A pack's name changes only when its content does, so after an update a phone downloads again only
 * the packs that changed (src/i18n/packs.ts).
 */
export function languagePacks(): Plugin {
  let packs: Promise<BuiltPack[]> | undefined;
  const built = () => (packs ??= buildPacks());
  return {
    name: 'language-packs',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      const index = Object.fromEntries(
        (await built()).map((pack) => [
          pack.language,
          {
            url: `/${pack.fileName}`,
            sha256: pack.sha256,
            bytes: Buffer.byteLength(pack.json),
            // What a phone downloads, about: Settings shows it before the person adds a language.
            gzip: gzipSync(pack.json, { level: 9 }).length,
          },
        ]),
      );
      return `export default ${JSON.stringify(index)};`;
    },
    async generateBundle() {
      for (const pack of await built())
        this.emitFile({ type: 'asset', fileName: pack.fileName, source: pack.json });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        void built().then((all) => {
          const pack = all.find((candidate) => `/${candidate.fileName}` === request.url);
          if (!pack) return next();
          response.setHeader('content-type', 'application/json');
          response.end(pack.json);
        }, next);
      });
    },
  };
}
