import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA, type VitePluginPWAAPI } from 'vite-plugin-pwa';
import { firstPaint } from './build/first-paint.ts';
import { LANGUAGES } from './src/i18n/languages.ts';
import { guidesTemplateId, stringsTemplateId } from './src/first-paint/page-markup.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// The update test builds a second version into the served folder; APP_VERSION tells them apart.
const appVersion = process.env['APP_VERSION'] ?? pkg.version;
const themeColor = '#12355b';

/**
 * Build-time additions to index.html, all about the first visit on a slow link:
 * - the service worker is registered by its own tiny script, loaded beside the app instead of after it,
 *   so the install (and so offline use) starts as early as possible;
 * - the app's start (what the tiny entry imports once the first screen is painted, src/main.tsx) is
 *   preloaded, so it downloads beside the entry instead of after it;
 * - each language's interface strings get a preload hint in a template of their own, and so do the
 *   guide screens with each language's guides: first-screen.ts preloads those of the language the page
 *   opens in (src/first-paint/), the guides only on a link into them, so a shared link to a guide
 *   downloads all it needs at once, and the other language costs nothing until someone chooses it;
 * - the icon is linked as a copy with a hash in its name, which hosts cache for good: browsers fetch a
 *   favicon late and revalidate it, and the worker's install would wait for that;
 * - everything else the worker precaches gets a prefetch hint, kept in a template until the first
 *   screen is shown (src/offline/install-prefetch.ts), so the worker's install finds the files in the
 *   HTTP cache instead of paying a round trip for each.
 */
function firstVisitHints(): Plugin {
  return {
    name: 'first-visit-hints',
    apply: 'build',
    buildStart() {
      const source = readFileSync(new URL('./public/icon.svg', import.meta.url));
      this.emitFile({ type: 'asset', name: 'icon.svg', source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, { bundle = {} }) => {
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
        const registerEarly = chunks.find((chunk) => chunk.name === 'register-early');
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'index');
        if (!entry) throw new Error('first-visit-hints: the entry chunk is missing');
        /** The chunks a module needs before it runs: itself and what it imports, statically, in turn. */
        const withImports = (fileNames: readonly string[], into = new Set<string>()): Set<string> => {
          for (const fileName of fileNames) {
            const chunk = bundle[fileName];
            if (into.has(fileName) || chunk?.type !== 'chunk' || chunk.isEntry) continue;
            into.add(fileName);
            withImports(chunk.imports, into);
          }
          return into;
        };
        const start = withImports(entry.dynamicImports);
        // The entry's own imports Vite preloads itself.
        const preloaded = [...start].filter((fileName) => !entry.imports.includes(fileName));
        const chunkOf = (source: RegExp) => chunks.find((chunk) => chunk.facadeModuleId?.match(source));
        const guideScreens = chunkOf(/src\/features\/guides\/routes\.ts$/);
        if (!guideScreens) throw new Error('first-visit-hints: the guide screens chunk is missing');
        const guideScreenFiles = [...withImports([guideScreens.fileName])].filter((file) => !start.has(file));
        // Per language, what first-screen.ts preloads: the interface strings on every page, and on a
        // link into the guides, the guide screens and that language's guides too.
        const perLanguage = LANGUAGES.flatMap((language) => {
          const strings = chunkOf(new RegExp(`locales/${language}/index\\.ts$`));
          const guides = chunkOf(new RegExp(`locales/${language}/guides/index\\.ts$`));
          if (!strings || !guides) throw new Error(`first-visit-hints: the ${language} chunks are missing`);
          return [
            { id: stringsTemplateId(language), files: [strings.fileName] },
            { id: guidesTemplateId(language), files: [...guideScreenFiles, guides.fileName] },
          ];
        });
        const later = chunks.filter((chunk) => !chunk.isEntry && !start.has(chunk.fileName));
        const modulePreload = (fileName: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
        });
        const icon = Object.values(bundle).find((file) => file.type === 'asset' && file.name === 'icon.svg');
        if (!icon) throw new Error('first-visit-hints: the hashed icon was not emitted');
        const tags: HtmlTagDescriptor[] = [
          {
            tag: 'link',
            attrs: { rel: 'icon', type: 'image/svg+xml', href: `/${icon.fileName}` },
          },
          { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon-180x180.png' } },
          ...(registerEarly
            ? [{ tag: 'script', attrs: { type: 'module', async: true, src: `/${registerEarly.fileName}` } }]
            : []),
          ...preloaded.map(modulePreload),
          ...perLanguage.map(({ id, files }) => ({
            tag: 'template',
            attrs: { id },
            children: files.map(modulePreload),
          })),
          {
            tag: 'template',
            attrs: { id: 'install-prefetch' }, // INSTALL_PREFETCH_ID in src/offline/install-prefetch.ts
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
            ],
          },
        ];
        return tags.map((tag) => ({ ...tag, injectTo: 'head' }));
      },
    },
  };
}

/**
 * Puts the app's stylesheet inside index.html and allows exactly that stylesheet in the CSP by its
 * hash: one render-blocking request fewer before the first screen shows (a round trip on a slow link).
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return this.error('index.html is missing from the bundle');
      let html = String(page.source);
      for (const file of Object.values(bundle)) {
        const link = `<link rel="stylesheet" crossorigin href="/${file.fileName}">`;
        if (file.type !== 'asset' || !file.fileName.endsWith('.css') || !html.includes(link)) continue;
        const css = String(file.source);
        const hash = createHash('sha256').update(css).digest('base64');
        const csp = "style-src 'self'";
        if (!html.includes(csp))
          this.error('index.html has no "style-src \'self\'" to allow the inlined stylesheet');
        // Function replacers: "$" in the CSS must stay as it is.
        html = html
          .replace(link, () => `<style>${css}</style>`)
          .replace(csp, () => `${csp} 'sha256-${hash}'`);
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- how Rollup drops an emitted file
        delete bundle[file.fileName];
        // A dynamic import that lists the file among its preloads would wait for it, and fail.
        const user = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.code.includes(file.fileName),
        );
        if (user) this.error(`${user.fileName} still loads the inlined ${file.fileName}`);
      }
      page.source = html;
    },
  };
}

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
function sha256Revisions() {
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

const revisions = sha256Revisions();

/** Chunks whose every function runs as the app starts (see postBanner below). */
const EAGER_CHUNKS = ['core', 'start'];

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', 'register-early': 'src/offline/register-early.ts' },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        // The code the first screen runs (Preact, i18next, the app's start) is compiled by V8 while it
        // downloads, on another thread, instead of function by function on the main thread the first
        // time each runs: that made the first render one long task (about 90 ms at 4x CPU, 30 with it).
        // https://v8.dev/blog/explicit-compile-hints
        postBanner: (chunk) => (EAGER_CHUNKS.includes(chunk.name) ? '//# allFunctionsCalledOnLoad' : ''),
        // What several screens share goes in one chunk, not in several tiny ones: each file is one
        // more download at install.
        codeSplitting: {
          includeDependenciesRecursively: false, // a group holds only what its test names
          groups: [
            // What the first screen runs and every other screen shares: Preact, its router, i18next, the
            // screen frame, and Vite's preload helper (in the entry, it would make every chunk import the
            // entry and the stylesheet inlineStylesheet removes). One file compresses better than five,
            // and is one download at install instead of five.
            {
              name: 'core',
              test: /vite\/preload-helper|node_modules\/(preact|preact-iso|i18next)\/|src\/i18n\/(i18n|i18n-context|languages|resources)\.ts|src\/ui\/Screen\.tsx/,
            },
            // Everything that reads or writes the device's data, but the backup file code (its own
            // screen's): one file the screens that need it share, instead of ten small ones, each one
            // more entry for the worker's install and one more request on a first visit.
            {
              name: 'storage',
              test: /src\/storage\/(?!backup\/)|node_modules\/(idb|valibot)\/|src\/shared\/(local-date|shown-language|stored-phone)\.|src\/app\/language-memory|src\/i18n\/start-language|src\/ui\/(use-stored|use-contacts|download)\./,
            },
            // What the family plan's screens share (the household list, the papers checklist, the
            // review date, the printouts' parts, what a caregiver gets): one file, not four.
            {
              name: 'plan-kit',
              test: /src\/features\/plan\/(caregiver-packet|household|document-checklist|review-due|print-parts|contact-link|child-care|date-parts|plan-sections)\./,
            },
            // What the two practice screens share (and the vCard button, on the contacts screen too):
            // the practice strings and the notice about the contacts.
            {
              name: 'practice',
              test: /locales\/(en|es)\/practice\.json|src\/features\/practice\/ContactsNotice\./,
            },
            {
              name: 'screen-kit',
              test: /src\/content\/format-date|src\/ui\/SourceList|locales\/(sources|reviewed)\./,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    preact(),
    firstPaint(),
    firstVisitHints(),
    inlineStylesheet(),
    revisions.plugin,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      // src/offline/register-early.ts registers the worker at page load; no inline script, so the CSP stays strict.
      injectRegister: false,
      pwaAssets: {
        image: 'public/icon.svg',
        // firstVisitHints links a hashed copy of the icon instead (see there).
        includeHtmlHeadLinks: false,
        overrideManifestIcons: true,
        preset: {
          transparent: { sizes: [192, 512], favicons: [] },
          maskable: { sizes: [512], padding: 0.15, resizeOptions: { background: themeColor } },
          apple: { sizes: [180], padding: 0.1, resizeOptions: { background: themeColor } },
        },
      },
      manifest: {
        id: '/',
        name: 'Know your rights · Conozca sus derechos',
        short_name: 'Derechos · Rights',
        description:
          'Know-your-rights guides, a red card and a warrant check that work with no signal. Guías de derechos, tarjeta roja y revisión de órdenes que funcionan sin señal.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: themeColor,
        background_color: '#ffffff',
        categories: ['education', 'utilities'],
        shortcuts: [
          {
            name: 'Agents at my door · Agentes en mi puerta',
            short_name: 'At my door',
            url: '/guides/agents-at-your-door',
          },
          { name: 'Red card · Tarjeta roja', short_name: 'Red card', url: '/card' },
          { name: 'Rights guides · Guías de derechos', short_name: 'Guides', url: '/guides' },
          { name: 'Settings · Ajustes', short_name: 'Settings', url: '/settings' },
        ],
      },
      injectManifest: {
        // Only what offline use needs. The PNG icons are left out: the browser reads them when the app is
        // installed (online) and keeps its own copy; each extra file is one more download at install.
        globPatterns: ['index.html', 'assets/*.{js,css,svg}'],
        manifestTransforms: [revisions.transform],
      },
    }),
  ],
});
