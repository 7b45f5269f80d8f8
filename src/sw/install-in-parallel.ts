import { copyResponse } from 'workbox-core';
import { PrecacheController } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { sha256Hex } from '../shared/sha256';

declare const self: ServiceWorkerGlobalScope;

/**
 * Precaches like workbox's `precache` (sw.ts adds the route), but downloads every entry at once at install,
 * and keeps no file whose SHA-256 is not the one the build wrote as its revision (build/sha256-revisions.ts).
 * Workbox fetches entries one after another (on a 400 ms round-trip link that adds a round trip per file
 * before the app is safe offline), and checks nothing: a host that answers a missing file with index.html,
 * or a deploy half done, would leave an app offline that cannot start.
 */
export function precacheInParallel(entries: Array<PrecacheEntry | string>): PrecacheController {
  const controller = new PrecacheController();
  controller.addToCacheList(entries);
  // Keyed as the controller keys its URLs: absolute.
  const revisions = new Map(
    entries.flatMap((entry) =>
      typeof entry === 'string' || !entry.revision
        ? []
        : [[new URL(entry.url, self.location.href).href, entry.revision]],
    ),
  );

  self.addEventListener('install', (event) => {
    event.waitUntil(downloadAll(controller, revisions));
  });
  // Removes entries that an older version cached and this one no longer lists.
  self.addEventListener('activate', (event) => void controller.activate(event));
  return controller;
}

/** Any error here fails the install: the browser keeps the version it has and tries again later. */
async function downloadAll(controller: PrecacheController, revisions: Map<string, string>): Promise<void> {
  const cache = await caches.open(controller.strategy.cacheName);
  await Promise.all(
    [...controller.getURLsToCacheKeys()].map(async ([url, cacheKey]) => {
      const revision = revisions.get(url);
      if (!revision) throw new Error(`Precache entry without its SHA-256: ${url}`);
      // A copy kept from before is checked too: an older version may have kept a wrong one.
      const kept = await cache.match(cacheKey);
      if (kept && (await sha256(kept.clone())) === revision) return;
      if (kept) await cache.delete(cacheKey); // wrong: not served again, whatever happens below
      const response = await download(url, revision);
      // Browsers refuse a redirected response for a page load: keep a plain copy (hosts with clean URLs).
      await cache.put(cacheKey, response.redirected ? await copyResponse(response) : response);
    }),
  );
}

/**
 * The copy the page just loaded if its SHA-256 is this version's (a file hinted for the install is in the
 * HTTP cache already), otherwise a fresh download, which must match too.
 */
async function download(url: string, revision: string): Promise<Response> {
  // The page itself was most likely loaded as "/", which a host answers with index.html.
  const copies = url.endsWith('/index.html') ? [self.registration.scope, url] : [url];
  for (const copy of copies) {
    const local = await fetchOk(copy, 'force-cache').catch(() => undefined);
    if (local && (await sha256(local.clone())) === revision) return local;
  }
  const fresh = await fetchOk(url, 'reload');
  if ((await sha256(fresh.clone())) !== revision)
    throw new Error(`Precache download is not this version: ${url}`);
  return fresh;
}

async function fetchOk(url: string, cache: RequestCache): Promise<Response> {
  const response = await fetch(url, { cache, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Precache download failed: ${url} (${response.status})`);
  return response;
}

async function sha256(response: Response): Promise<string> {
  return sha256Hex(await response.arrayBuffer());
}
