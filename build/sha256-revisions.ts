import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { VitePluginPWAAPI } from 'vite-plugin-pwa';

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * Precache revisions as SHA-256 of each file, so the worker can verify the copy the page already
 * downloaded instead of fetching it again (src/sw/install-in-parallel.ts). `transform` covers the
 * globbed files; the plugin covers the web manifest, which vite-plugin-pwa adds with an MD5 of its own
 * after the transforms: it runs once the files are written, before the worker is built (closeBundle).
 */
export function sha256Revisions() {
  let outDir = 'dist';
  let pwa: VitePluginPWAAPI | undefined;
  const withSha256 = <T extends PrecacheEntry>(entry: T): T =>
    entry.revision === null ? entry : { ...entry, revision: sha256(resolve(outDir, entry.url)) };
  const plugin: Plugin = {
    name: 'sha256-revisions',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
      pwa = config.plugins.find((candidate) => candidate.name === 'vite-plugin-pwa')?.api as
        VitePluginPWAAPI | undefined;
      if (!pwa) throw new Error('sha256-revisions needs vite-plugin-pwa');
    },
    writeBundle: () => {
      pwa?.extendManifestEntries((entries) =>
        entries.map((entry) => (typeof entry === 'string' ? entry : withSha256(entry))),
      );
    },
  };
  const transform = <T extends PrecacheEntry>(entries: T[]) => ({ manifest: entries.map(withSha256) });
  return { plugin, transform };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
