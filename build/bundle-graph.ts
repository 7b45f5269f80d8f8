import type { Rolldown } from 'vite';

/*
 * Reading the built bundle: which chunk holds a module, and what a chunk needs before it runs. The
 * download hints in index.html (first-paint.ts, first-visit-hints.ts) are worked out from these.
 */

type Bundle = Rolldown.OutputBundle;

/** The bundle's script chunks. */
export const chunksOf = (bundle: Bundle): Rolldown.OutputChunk[] =>
  Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));

/** The chunk that `source` (a module's path) starts: a screen or a language's strings loaded on their own. */
export function chunkFrom(bundle: Bundle, source: RegExp): Rolldown.OutputChunk {
  const chunk = chunksOf(bundle).find((candidate) => candidate.facadeModuleId?.match(source));
  if (!chunk) throw new Error(`the chunk of ${source.source} is missing`);
  return chunk;
}

/** The app's entry: index.html's own module script (src/main.tsx). */
export function entryOf(bundle: Bundle): Rolldown.OutputChunk {
  const entry = chunksOf(bundle).find((chunk) => chunk.isEntry && chunk.name === 'index');
  if (!entry) throw new Error('the entry chunk is missing');
  return entry;
}

/** The chunks a module needs before it runs: itself and what it imports, statically, in turn. */
export function withImports(
  bundle: Bundle,
  fileNames: readonly string[],
  into = new Set<string>(),
): Set<string> {
  for (const fileName of fileNames) {
    const chunk = bundle[fileName];
    if (into.has(fileName) || chunk?.type !== 'chunk' || chunk.isEntry) continue;
    into.add(fileName);
    withImports(bundle, chunk.imports, into);
  }
  return into;
}

/** What the app's start needs: the entry imports it once the first screen is painted (src/main.tsx). */
export const startFiles = (bundle: Bundle): Set<string> =>
  withImports(bundle, entryOf(bundle).dynamicImports);
