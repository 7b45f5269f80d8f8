import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import {
  EARLY_REGISTRATION_POLICY,
  INSTALL_PREFETCH_ID,
  SERVICE_WORKER_URL,
} from '../src/shared/page-ids.ts';
import { chunksOf, entryOf, startFiles } from './bundle-graph.ts';

/**
 * Build-time additions to index.html's head, all about the first visit on a slow link:
 * - the service worker is registered by its own tiny script, loaded beside the app instead of after it,
 *   so the install (and so offline use) starts as early as possible;
 * - the app's start (what the tiny entry imports once the first screen is painted, src/main.tsx) is
 *   preloaded, so it downloads beside the entry instead of after it;
 * - the icon is linked as a copy with a hash in its name, which hosts cache for good: browsers fetch a
 *   favicon late and revalidate it, and the worker's install would wait for that;
 * - everything else the worker precaches (scripts, and Argon2's WASM) gets a prefetch hint, kept in a
 *   template until the first screen is shown (src/offline/install-prefetch.ts), so the worker's install
 *   finds the files in the HTTP cache instead of paying a round trip for each.
 * Each language's strings and guides get theirs from first-paint-templates.ts.
 */
export function firstVisitHints(): Plugin {
  return {
    name: 'first-visit-hints',
    apply: 'build',
    buildStart() {
      const source = readFileSync(new URL('../public/icon.svg', import.meta.url));
      this.emitFile({ type: 'asset', name: 'icon.svg', source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle = {} }) => {
        const chunks = chunksOf(bundle);
        const registerEarly = chunks.find((chunk) => chunk.name === 'register-early');
        // It stays one file, so it spells the worker's URL and its Trusted Types policy out: an import, even
        // of page-ids.ts, would be one more round trip before the worker registers.
        const alone =
          registerEarly?.imports.length === 0 &&
          registerEarly.code.includes(`\`${SERVICE_WORKER_URL}\``) &&
          registerEarly.code.includes(`\`${EARLY_REGISTRATION_POLICY}\``);
        if (registerEarly && !alone)
          throw new Error(
            `first-visit-hints: register-early.ts must import nothing and register ${SERVICE_WORKER_URL} through the ${EARLY_REGISTRATION_POLICY} policy`,
          );
        const start = startFiles(bundle);
        const runtime = chunks.find((chunk) => chunk.moduleIds.every((id) => id.startsWith('\0rolldown/')));
        if (runtime)
          throw new Error(
            `first-visit-hints: Rolldown's runtime (${runtime.moduleIds.join(', ')}) has a chunk of its own (see chunk-groups.ts)`,
          );
        // The entry's own imports Vite preloads itself.
        const preloaded = [...start].filter((fileName) => !entryOf(bundle).imports.includes(fileName));
        const later = chunks.filter((chunk) => !chunk.isEntry && !start.has(chunk.fileName));
        // Web Workers (the backup file check) are entries of their own (module-workers.ts).
        const workers = chunks.filter(
          (chunk) => chunk.isEntry && chunk !== entryOf(bundle) && chunk !== registerEarly,
        );
        // Argon2's two WASM builds (src/storage/lock/argon2-wasm.ts): the lock's worker fetches one.
        const wasm = Object.values(bundle).filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.wasm'),
        );
        const icon = Object.values(bundle).find((file) => file.type === 'asset' && file.name === 'icon.svg');
        if (!icon) throw new Error('first-visit-hints: the hashed icon was not emitted');
        const tags: HtmlTagDescriptor[] = [
          { tag: 'link', attrs: { rel: 'icon', type: 'image/svg+xml', href: `/${icon.fileName}` } },
          { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon-180x180.png' } },
          ...(registerEarly
            ? [{ tag: 'script', attrs: { type: 'module', async: true, src: `/${registerEarly.fileName}` } }]
            : []),
          ...preloaded.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          })),
          {
            tag: 'template',
            attrs: { id: INSTALL_PREFETCH_ID },
            // Small files first: low-priority requests start in document order.
            children: [
              ...['manifest.webmanifest', icon.fileName].map((href) => ({
                tag: 'link',
                attrs: { rel: 'prefetch', href: `/${href}` },
              })),
              ...later.map((chunk) => ({
                tag: 'link',
                attrs: { rel: 'prefetch', crossorigin: true, href: `/${chunk.fileName}` },
              })),
              ...workers.map((worker) => ({
                tag: 'link',
                attrs: { rel: 'prefetch', crossorigin: true, href: `/${worker.fileName}` },
              })),
              ...wasm.map((file) => ({ tag: 'link', attrs: { rel: 'prefetch', href: `/${file.fileName}` } })),
            ],
          },
        ];
        return tags.map((tag) => ({ ...tag, injectTo: 'head' }));
      },
    },
  };
}
