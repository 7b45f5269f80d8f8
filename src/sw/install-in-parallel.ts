import { copyResponse } from 'workbox-core';
import { PrecacheController } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';

declare const self: ServiceWorkerGlobalScope;

/**
 * Precaches like workbox's `precache` (sw.ts adds the route), but downloads every entry at once at install.
 * Workbox fetches entries one after another; on a 400 ms round-trip link that adds a round trip
 * per file before the app is safe offline.
 */
export function precacheInParallel(entries: Array<PrecacheEntry | string>): PrecacheController {
  const controller = new PrecacheController();
  controller.addToCacheList(entries);
  const revisions = new Map(
    entries.flatMap((entry) =>
      typeof entry === 'string' || !entry.revision ? [] : [[entry.url, entry.revision]],
    ),
  );

  self.addEventListener('install', (event) => {
    event.waitUntil(downloadAll(controller, revisions));
  });
  // Removes entries that an older version cached and this one no longer lists.
  self.addEventListener('activate', (event) => void controller.activate(event));
  return controller;
}

async function downloadAll(controller: PrecacheController, revisions: Map<string, string>): Promise<void> {
  const cache = await caches.open(controller.strategy.cacheName);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  await Promise.all(
    [...controller.getURLsToCacheKeys()].map(async ([url, cacheKey]) => {
      if (cached.has(cacheKey)) return; // same revision as before: keep the copy we have
      const revision = revisions.get(url);
      const response = revision ? await download(url, revision) : await fetchOk(url, 'default');
      // Browsers refuse a redirected response for a page load: keep a plain copy (hosts with clean URLs).
      await cache.put(cacheKey, response.redirected ? await copyResponse(response) : response);
    }),
  );
}

/**
 * A file without a hash in its name (index.html, the manifest): take the copy the page just loaded
 * if its SHA-256 matches this version's revision, otherwise download it afresh.
 */
async function download(url: string, revision: string): Promise<Response> {
  // The page itself was most likely loaded as "/", which a host answers with index.html.
  const copies = url.endsWith('/index.html') ? [self.registration.scope, url] : [url];
  for (const copy of copies) {
    const local = await fetchOk(copy, 'force-cache').catch(() => undefined);
    if (local && (await sha256(local.clone())) === revision) return local;
  }
  return fetchOk(url, 'reload');
}

async function fetchOk(url: string, cache: RequestCache): Promise<Response> {
  const response = await fetch(url, { cache, credentials: 'same-origin' });
  // A failed download fails the install; the browser tries again on the next visit.
  if (!response.ok) throw new Error(`Precache download failed: ${url} (${response.status})`);
  return response;
}

async function sha256(response: Response): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await response.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
