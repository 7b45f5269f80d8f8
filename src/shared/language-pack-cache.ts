/**
 * The Cache Storage cache of language packs (src/i18n/packs.ts): the page fills it, the service worker
 * serves from it. Which packs a phone holds hints where a family comes from: "Delete all my data" empties
 * it (src/storage/wipe.ts). Not in page-ids.ts: the first screen's code would carry it for nothing.
 */
export const LANGUAGE_PACK_CACHE = 'language-packs';
