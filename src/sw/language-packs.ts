import packIndex from 'virtual:language-packs';
import { LANGUAGE_PACK_CACHE } from '../shared/language-pack-cache';
import { sha256Hex } from '../shared/sha256';

/** Whether a request is for a language pack (build/language-packs.ts: `/lang/<code>-<hash>.json`). */
export const isPack = ({ url }: { url: URL }): boolean => url.pathname.startsWith('/lang/');

/** A pack the page put on the phone, from its cache (offline too); one it has not, from the network. */
export async function servePack({ request }: { request: Request }): Promise<Response> {
  return (await caches.match(request, { cacheName: LANGUAGE_PACK_CACHE })) ?? fetch(request);
}

/**
 * As a new version installs (online: the person is getting an update), each pack on the phone whose
 * content changed is fetched at its new address and checked against the new build's SHA-256; the old
 * copy goes once the new one is kept. An unchanged pack keeps its address: nothing is downloaded. If a
 * fetch fails, the old copy stays and the app fetches the pack when it next needs it (src/i18n/packs.ts).
 */
export async function refreshPacks(): Promise<void> {
  const cache = await caches.open(LANGUAGE_PACK_CACHE);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    const language = /^\/lang\/(.+)-[0-9a-f]{10}\.json$/.exec(path)?.[1];
    const current = language === undefined ? undefined : packIndex[language];
    if (!current || current.url === path) continue;
    try {
      const response = await fetch(current.url, { cache: 'no-store' });
      const bytes = await response.arrayBuffer();
      if (!response.ok || (await sha256Hex(bytes)) !== current.sha256) continue;
      await cache.put(current.url, new Response(bytes, { headers: { 'content-type': 'application/json' } }));
      await cache.delete(request);
    } catch {
      // Offline or full: the app fetches it when it next needs it.
    }
  }
}
