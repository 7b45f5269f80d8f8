import { basename } from 'node:path';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SERVICE_WORKER_URL } from '../src/shared/page-ids.ts';
import { languagePacks } from './language-packs.ts';
import { icons, manifest } from './manifest.ts';
import { sha256Revisions } from './sha256-revisions.ts';

/**
 * The service worker (src/sw/) and what it precaches, built by vite-plugin-pwa: the worker's source
 * gets the list of files in place of `self.__WB_MANIFEST`, each with the SHA-256 of its content.
 */
export function serviceWorker(): PluginOption[] {
  const revisions = sha256Revisions();
  return [
    revisions.plugin,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: `${basename(SERVICE_WORKER_URL, '.js')}.ts`, // sw.ts, built to SERVICE_WORKER_URL
      registerType: 'prompt',
      // src/offline/register-early.ts registers the worker at page load; no inline script, so the CSP stays
      // strict.
      injectRegister: false,
      pwaAssets: icons,
      manifest,
      injectManifest: {
        // Only what offline use needs, the PNG icons included (5.7 KB gzip): Chromium fetches the manifest's
        // icon on every page load, and offline that failed and logged an error each time. Both of Argon2's
        // WASM builds: the phone, not the build, decides which the lock's worker runs.
        globPatterns: ['index.html', 'assets/*.{js,css,svg,wasm}', '*.png'],
        manifestTransforms: [revisions.transform],
        // The worker's own build reads the language packs' list (src/sw/language-packs.ts).
        buildPlugins: { vite: [languagePacks()] },
      },
    }),
  ];
}
