import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { chunkGroups, compileHints } from './build/chunk-groups.ts';
import { citedSources } from './build/cited-sources.ts';
import { firstPaint } from './build/first-paint.ts';
import { firstVisitHints } from './build/first-visit-hints.ts';
import { frontCodedWords } from './build/front-coded-words.ts';
import { dropHtmlComments } from './build/html-comments.ts';
import { inlineStylesheet } from './build/inline-stylesheet.ts';
import { languagePacks } from './build/language-packs.ts';
import { moduleWorkers } from './build/module-workers.ts';
import { serviceWorker } from './build/service-worker.ts';
import pkg from './package.json' with { type: 'json' };

/** What has run before the app imports anything: the app's start and what it imports (build/chunk-groups.ts). */
const ALREADY_RUN = /^assets\/(core|start)-[\w-]+\.js$/;

/**
 * The chunks `later()` loads (src/app/App.tsx, src/ui/Layout.tsx), and the incident record's screens
 * (issue 13): opened rarely, precached, so the few chunks they import may load one after another.
 */
const LATER = /\/(HomeNotes|OfflineStatus|quick-exit|RecordScreens)-[\w-]+\.js$/;

/**
 * What only a language of a pack loads (build/chunk-groups.ts, `packs`): English and Spanish never do,
 * so the first screen's code carries no list of its imports (each such list is bytes in the entry); its
 * own imports fetch them, one round trip later, on a phone that shows a pack language.
 */
const PACKS = /\/(packs|pack-guides|pack-strings|PackScreen)-[\w-]+\.js$/;

// The build, step by step: each step is a module in build/ with its reasons beside it.
export default defineConfig({
  // The update test builds a second version into the served folder; APP_VERSION tells them apart.
  define: { __APP_VERSION__: JSON.stringify(process.env['APP_VERSION'] ?? pkg.version) },
  build: {
    target: 'es2022',
    modulePreload: {
      polyfill: false,
      // What loads once the first screen is drawn and the browser is idle (src/ui/later.tsx: the late
      // notes, the offline status, the quick exit) needs no list of what to fetch beside it: its own
      // imports fetch the rest, and the list would be bytes in the first screen's JS for nothing. Nor does
      // any list the app's start carries name the start or core: both run before anything is imported.
      resolveDependencies: (file, deps, { hostId, hostType }) => {
        if (LATER.test(file) || PACKS.test(file)) return [];
        if (hostType === 'html' || hostId.endsWith('/src/main.tsx')) return deps;
        return deps.filter((dep) => !ALREADY_RUN.test(dep));
      },
    },
    rollupOptions: {
      // 1. Two entries: the app, and the worker's registration as a script of its own, loaded beside it.
      input: { index: 'index.html', 'register-early': 'src/offline/register-early.ts' },
      output: {
        // Six characters of hash (36 bits) tell a file's versions apart; the precache checks each file by its
        // SHA-256 (build/service-worker.ts). Each name is in the first screen's JS or HTML, and a hash does
        // not compress: the default eight cost the first screen's JS about 70 B.
        entryFileNames: 'assets/[name]-[hash:6].js',
        chunkFileNames: 'assets/[name]-[hash:6].js',
        assetFileNames: 'assets/[name]-[hash:6][extname]',
        // 2. Chunks by folder: what every screen shares, the stored data, each feature's shared parts.
        codeSplitting: chunkGroups(),
        // 3. What the first screen runs is compiled while it downloads.
        postBanner: compileHints,
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    preact(),
    // 4. Web Workers (the backup file check) as entries of this build, sharing its chunks.
    moduleWorkers(),
    // 5. Only the sources something cites, of the facts sheet's list.
    citedSources(),
    // 6. The home screen (elsewhere the app's frame) painted before any app code runs.
    firstPaint(),
    // 7. On a first visit, everything offline use needs downloads early, and once.
    firstVisitHints(),
    // 8. The stylesheet inside index.html: one render-blocking request fewer.
    inlineStylesheet(),
    // 9. The service worker, precaching every file offline use needs.
    serviceWorker(),
    // 10. Every language beyond English and Spanish as a pack a phone downloads only if it needs it.
    languagePacks(),
    // 11. The passphrase word lists front-coded: most words share their first letters with the one before.
    frontCodedWords(),
    // 12. index.html without the source's comments.
    dropHtmlComments(),
  ],
});
