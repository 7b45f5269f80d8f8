import { resolve } from 'node:path';
import { build, runnerImport, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import type * as Prerender from '../src/first-paint/prerender';
import { EMPTY_APP_ROOT, FIRST_SCREEN_SCRIPT_ID } from '../src/shared/page-ids.ts';
import { firstPaintTemplates } from './first-paint-templates.ts';

const SCRIPT = 'src/first-paint/first-screen.ts';
const PRERENDER = 'src/first-paint/prerender.tsx';

/**
 * The first screen without waiting for the app (src/first-paint/README.md): index.html gets the home
 * screen, rendered by the app's own components in each language, as inert templates (with the preload
 * hints of first-paint-templates.ts), and a tiny classic script that shows the right one before the
 * first paint. The app replaces it once it has started.
 */
export function firstPaint(): Plugin {
  let root = process.cwd();
  let rendered: typeof Prerender | undefined;
  return {
    name: 'first-paint',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    async buildStart() {
      const [script, module] = await Promise.all([classicScript(root), prerender(root)]);
      this.emitFile({ type: 'asset', name: 'first-screen.js', source: script });
      rendered = module;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle = {} }) => {
        const script = Object.values(bundle).find(
          (file) => file.type === 'asset' && file.names.includes('first-screen.js'),
        );
        if (!script || !rendered) throw new Error('first-paint: the first-screen script was not emitted');
        if (!html.includes(EMPTY_APP_ROOT))
          throw new Error(`first-paint: index.html has no ${EMPTY_APP_ROOT}`);
        const templates = firstPaintTemplates(bundle, rendered.pages);
        // `defer`: it needs the templates parsed, and nothing shows before it (the templates are inert).
        // It goes before the app's entry, so it runs first: deferred scripts run in document order.
        const tag = `<script id="${FIRST_SCREEN_SCRIPT_ID}" defer src="/${script.fileName}"></script>`;
        const entry = html.indexOf('<script type="module"');
        if (entry < 0) throw new Error('first-paint: index.html has no entry script');
        return (html.slice(0, entry) + tag + '\n    ' + html.slice(entry)).replace(EMPTY_APP_ROOT, () =>
          [EMPTY_APP_ROOT, ...templates].join('\n    '),
        );
      },
    },
  };
}

/** first-screen.ts and what it imports, as one classic script. */
async function classicScript(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rollupOptions: { input: resolve(root, SCRIPT), output: { format: 'iife' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output.filter((file) => file.type === 'chunk') : [],
  );
  if (chunks.length !== 1 || !chunks[0])
    throw new Error(`first-paint: ${SCRIPT} did not build to one script`);
  return chunks[0].code;
}

/** The home screen in each language, rendered in Node by the app's own components and strings. */
async function prerender(root: string): Promise<typeof Prerender> {
  const { module } = await runnerImport<typeof Prerender>(resolve(root, PRERENDER), {
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [preact()],
  });
  return module;
}
