import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { chunksOf } from './bundle-graph.ts';

/** `import url from './x?worker-chunk'`: the URL of x, built as one more entry of the app. */
const QUERY = '?worker-chunk';

/*
 * Web Workers built as chunks of the app itself, not as bundles of their own. Vite builds a `?worker`
 * apart (https://github.com/vitejs/vite/issues/16719): the backup file check carried its own copy of
 * valibot and the record schemas the app's chunks already hold, 4.9 KB gzipped more to download and
 * precache. As an entry of the app's build, the worker imports those chunks instead.
 *
 * A worker runs no page code: every chunk it imports must import nothing else (chunk-groups.ts gives
 * the backup check one such chunk, `records`), or the build fails.
 */
export function moduleWorkers(): Plugin {
  let root = '';
  let serve = false;
  const emitted = new Set<string>();
  return {
    name: 'module-workers',
    configResolved(config) {
      root = config.root;
      serve = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved && `${resolved.id}${QUERY}`;
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      // The dev server serves the module itself; vitest never starts it (tests pass their own worker).
      if (serve) return `export default ${JSON.stringify(`/${relative(root, file)}`)};`;
      const name = file.replace(/^.*\//, '').replace(/\.\w+$/, '');
      emitted.add(name);
      const reference = this.emitFile({ type: 'chunk', id: file, name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    generateBundle(_options, bundle) {
      for (const worker of chunksOf(bundle).filter((chunk) => chunk.isEntry && emitted.has(chunk.name))) {
        for (const fileName of worker.imports) {
          const chunk = bundle[fileName] as Rolldown.OutputChunk | undefined;
          if (chunk && chunk.imports.length === 0 && chunk.dynamicImports.length === 0) continue;
          throw new Error(
            `module-workers: the ${worker.name} worker imports ${fileName}, which imports more of the app: ${[...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])].join(', ')}`,
          );
        }
      }
    },
  };
}
