import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SKIP_WAITING } from '../shared/page-ids';
import { appShell } from './app-shell';
import { isPack, refreshPacks, servePack } from './language-packs';
import { precacheInParallel } from './install-in-parallel';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// 1. Keep the whole app — shell, both languages, every guide — on the device from the first visit.
const precache = precacheInParallel(self.__WB_MANIFEST);

// 2. Drop caches left by older workbox versions.
cleanupOutdatedCaches();

// 3. Every page load, "/" or any in-app address (even a deep link never visited), gets the app shell,
//    offline too, in the person's language: the app routes itself. First, so it also answers "/".
registerRoute(new NavigationRoute(appShell(precache)));

// 4. Every other request for one of the app's files, from the precache.
registerRoute(new PrecacheRoute(precache));

// 5. Language packs the person added (src/i18n/packs.ts), from their own cache; as a new version installs,
//    the packs on the phone whose content changed are fetched again, and only those.
registerRoute(isPack, servePack);
self.addEventListener('install', (event) => event.waitUntil(refreshPacks()));

// 6. A new version waits until the person taps "Update" (they may be typing); then it takes over.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});

// 7. Take control of open pages once active: on the first install there is nothing older to protect,
//    and an update is only active after the person tapped "Update".
clientsClaim();
