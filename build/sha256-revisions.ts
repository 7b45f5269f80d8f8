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
 * Every precache entry's revision is the SHA-256 of its file, files with a hash in their name too: the
 * worker checks every copy it keeps against it, and takes the copy the page already downloaded when it
 * matches (src/sw/install-in-parallel.ts). A host that answers a missing file with index.html, or a
 * deploy half done, so fails the install instead of leaving a broken app offline. `transform` covers the
 * globbed files; the plugin covers the web manifest, which vite-plugin-pwa adds with an MD5 of its own
 * after the transforms: it runs once the files are written, before the worker is built (closeBundle).
 */
export function sha256Revisions() {
  let outDir = 'dist';
  let pwa: VitePluginPWAAPI | undefined;
  const withSha256 = <T extends PrecacheEntry>(entry: T): T => ({
    ...entry,
    revision: sha256(resolve(outDir, entry.url)),
  });
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
