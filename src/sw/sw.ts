import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { precacheInParallel } from './install-in-parallel';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// 1. Keep the whole app — shell, both languages, every guide — on the device from the first visit.
const precache = precacheInParallel(self.__WB_MANIFEST);

// 2. Drop caches left by older workbox versions.
cleanupOutdatedCaches();

// 3. Any in-app address opens offline, even a deep link never visited: the app routes it itself.
registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html')));

// 4. A new version waits until the person taps "Update" (they may be typing); then it takes over.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// 5. Take control of open pages once active: on the first install there is nothing older to protect,
//    and an update is only active after the person tapped "Update".
clientsClaim();
