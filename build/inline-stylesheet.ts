import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Puts the app's stylesheet inside index.html and allows exactly that stylesheet in the CSP by its
 * hash: one render-blocking request fewer before the first screen shows (a round trip on a slow link).
 */
export function inlineStylesheet(): Plugin {
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
