import type { RouteHandlerCallback } from 'workbox-core/types';
import type { PrecacheController } from 'workbox-precaching';
import { openIn } from '../first-paint/page-markup';
import { readShownLanguage } from '../shared/shown-language';
import { detectLanguage } from '../i18n/detect-language';

declare const self: ServiceWorkerGlobalScope;

/**
 * The page for every in-app address: the precached index.html, opened in the language the app last
 * showed (else the browser's), with the home screen already in place at "/". So the installed app
 * paints its first screen with no script at all (src/first-paint/README.md).
 */
export function appShell(precache: PrecacheController): RouteHandlerCallback {
  const page = precache.createHandlerBoundToURL('index.html');
  return async (options) => {
    const [response, shown] = await Promise.all([page(options), readShownLanguage()]);
    const language = shown ?? detectLanguage(self.navigator.languages);
    const html = openIn(await response.text(), language, options.url.pathname);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(html, { status: response.status, statusText: response.statusText, headers });
  };
}
