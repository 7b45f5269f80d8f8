import type { AppLanguage } from '../i18n/languages';
import { SHOWN_LANGUAGE_CACHE, SHOWN_LANGUAGE_KEY } from './page-ids';

// In Cache Storage, not IndexedDB: the service worker reads it for every page it serves, without
// opening the app's database. The saved choice itself stays in IndexedDB (src/storage/).
const CACHE = SHOWN_LANGUAGE_CACHE;
const KEY = SHOWN_LANGUAGE_KEY;

/** The language the app last showed on this device, if any: the service worker opens the page in it. */
export async function readShownLanguage(): Promise<AppLanguage | undefined> {
  try {
    const value = await (await caches.match(KEY, { cacheName: CACHE }))?.text();
    // A language code's shape (`es`, `pt-BR`, `zh-Hans`): the worker writes it into the page's
    // `<html lang>`; the app checks it is one it has as it loads (src/i18n/page-language.ts).
    return value !== undefined && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(value)
      ? (value as AppLanguage)
      : undefined;
  } catch {
    return undefined; // no Cache Storage (some private modes): the browser's language decides
  }
}

/** Remembers the language the app shows now, so the next start paints in it before any app code runs. */
export async function rememberShownLanguage(language: AppLanguage): Promise<void> {
  try {
    if ((await readShownLanguage()) === language) return;
    await (await caches.open(CACHE)).put(KEY, new Response(language));
  } catch {
    // Storage full or disabled: the next start may show the browser's language first, then switch.
  }
}

/** Forgets it (delete all data): the next start follows the browser's language until one is chosen. */
export async function forgetShownLanguage(): Promise<void> {
  await caches.delete(CACHE).catch(() => false);
}
