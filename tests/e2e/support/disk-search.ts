import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { tableBlocks } from './leveldb-table';

/** One marker found in one file of a browser profile, in one encoding. */
export interface Hit {
  marker: string;
  encoding: Encoding;
  file: string;
  /** A LevelDB table's bytes as stored (Snappy-compressed blocks), or its blocks uncompressed. */
  view: 'stored' | 'uncompressed';
  count: number;
}

/**
 * UTF-8 and UTF-16LE, as the issue asks, and Latin-1: V8's serializer (what Chromium's IndexedDB stores)
 * writes a string whose characters all fit in one byte as Latin-1, so `í` is the byte 0xED there, in
 * neither UTF-8 nor UTF-16. For an ASCII marker Latin-1 is UTF-8's bytes: searched once.
 */
export type Encoding = 'utf8' | 'utf16le' | 'latin1';
const ENCODINGS: Encoding[] = ['utf8', 'utf16le', 'latin1'];

/** Every regular file under `dir` (symbolic links, such as Chromium's Singleton files, left alone). */
async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Searches every file under `dir`, byte for byte, for each marker in each encoding. */
export async function searchProfile(dir: string, markers: readonly string[]): Promise<Hit[]> {
  const needles = markers.flatMap((marker) => {
    const seen = new Set<string>();
    return ENCODINGS.map((encoding) => ({ marker, encoding, bytes: Buffer.from(marker, encoding) })).filter(
      ({ bytes }) => !seen.has(bytes.toString('hex')) && Boolean(seen.add(bytes.toString('hex'))),
    );
  });
  const hits: Hit[] = [];
  for (const path of await filesUnder(dir)) {
    if (!(await lstat(path)).isFile()) continue;
    const content = await readFile(path).catch(() => null); // a file Chromium removed meanwhile
    if (!content) continue;
    // A LevelDB table is searched as stored and with its blocks uncompressed, as a forensic tool reads it.
    const file = relative(dir, path);
    const views: { view: Hit['view']; bytes: Buffer }[] = [{ view: 'stored', bytes: content }];
    if (/\.(ldb|sst)$/.test(path))
      views.push({ view: 'uncompressed', bytes: Buffer.concat(tableBlocks(content)) });
    for (const { view, bytes: haystack } of views)
      for (const { marker, encoding, bytes } of needles) {
        const count = occurrences(haystack, bytes);
        if (count > 0) hits.push({ marker, encoding, file, view, count });
      }
  }
  return hits;
}

/**
 * One line per case, then what was found where. The hits counted are a forensic tool's: a table's
 * blocks uncompressed, every other file as stored; those readable in a table's stored bytes are
 * counted apart (a subset: Snappy breaks the others).
 */
export function summary(name: string, hits: Hit[]): string {
  const isTable = (hit: Hit) => /\.(ldb|sst)$/.test(hit.file);
  const counted = hits.filter((hit) => !isTable(hit) || hit.view === 'uncompressed');
  const total = counted.reduce((sum, hit) => sum + hit.count, 0);
  const files = new Set(counted.map((hit) => hit.file)).size;
  const inStoredTables = hits
    .filter((hit) => isTable(hit) && hit.view === 'stored')
    .reduce((sum, hit) => sum + hit.count, 0);
  const where = hits.map(
    (hit) => `  ${hit.marker} ${hit.encoding} ×${hit.count} in ${hit.file} (${hit.view})`,
  );
  const head = `${name}: ${total} hits in ${files} files (${inStoredTables} readable in tables as stored)`;
  return [head, ...where].join('\n');
}
