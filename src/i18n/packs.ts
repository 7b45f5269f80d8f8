import packIndex from 'virtual:language-packs';
import type { GuideText } from '../content/guide-text';
import type { TranslationAbout } from '../content/guide-types';
import { LANGUAGE_PACK_CACHE } from '../shared/language-pack-cache';
import type { PackedArea } from './packed-strings';
import { PACK_CODES, type PackLanguage } from './pack-languages';
import { sha256Hex } from '../shared/sha256';

/**
 * Language packs on this phone (build/language-packs.ts makes them). A pack is downloaded once, checked
 * against the SHA-256 the build wrote into this code, and kept in its own cache, which the service worker
 * serves from offline (src/sw/sw.ts) and no precache clean-up touches. A pack's address holds its hash,
 * so after an app update a pack whose content changed is a new address: the old copy is dropped, the new
 * one fetched; an unchanged one stays. Nothing about the person is in a pack, but which packs a phone
 * holds hints where a family comes from: "Delete all my data" removes them (src/storage/wipe.ts).
 */
const PACK_CACHE = LANGUAGE_PACK_CACHE;

export interface LanguagePack {
  language: PackLanguage;
  tier: 'whole' | 'core';
  about: TranslationAbout;
  /** Every area's strings (`locales/<code>/<area>.json`), by area, without their keys (./packed-strings.ts). */
  strings: Record<string, PackedArea>;
  /** Each guide's words only (src/content/guide-text.ts). */
  guides: readonly GuideText[];
}

/** The packs this version of the app has, with their addresses, sizes and hashes. */
export const availablePacks = (): PackLanguage[] => PACK_CODES.filter((code) => packIndex[code]);

/** About what adding a language downloads, compressed (bytes). */
export const packSize = (language: PackLanguage): number => packIndex[language]?.gzip ?? 0;

async function matchesBuild(language: PackLanguage, bytes: ArrayBuffer): Promise<boolean> {
  const expected = packIndex[language]?.sha256;
  return expected !== undefined && (await sha256Hex(bytes)) === expected;
}

/** Whether a pack's current version is on this phone. */
export async function packOnPhone(language: PackLanguage): Promise<boolean> {
  const entry = packIndex[language];
  if (!entry) return false;
  try {
    return (await (await caches.open(PACK_CACHE)).match(entry.url)) !== undefined;
  } catch {
    return false;
  }
}

/** The pack languages on this phone, in the list's order (current versions only). */
export async function packsOnPhone(): Promise<PackLanguage[]> {
  const present = await Promise.all(availablePacks().map(packOnPhone));
  return availablePacks().filter((_, index) => present[index]);
}

export class PackError extends Error {
  constructor(readonly reason: 'offline' | 'damaged' | 'unknown' | 'full') {
    super(`language pack: ${reason}`);
  }
}

export interface Progress {
  received: number;
  total: number;
}

/**
 * Before trying again: a second, if the phone says it is online (the server, not the phone, dropped);
 * else until it says it is back online, or 5 s at most ("online" does not always fire).
 */
const waitForConnection = (signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', done);
      resolve();
    };
    const timer = setTimeout(done, globalThis.navigator?.onLine === false ? 5000 : 1000);
    globalThis.addEventListener?.('online', done);
    signal?.addEventListener('abort', done);
  });

/**
 * Downloads a pack's bytes, resuming where it stopped when the connection drops (a Range request for the
 * rest, if the server allows it; else from the start), `tries` times at most.
 */
export async function fetchPackBytes(
  url: string,
  total: number,
  onProgress: (progress: Progress) => void = () => undefined,
  { tries = 6, signal }: { tries?: number; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let received = 0;
  for (let attempt = 0; attempt < tries; attempt++) {
    if (signal?.aborted) throw new PackError('offline');
    try {
      const headers: HeadersInit = received > 0 ? { range: `bytes=${received}-` } : {};
      const response = await fetch(url, { headers, cache: 'no-store', signal: signal ?? null });
      if (!response.ok || !response.body) throw new PackError('unknown');
      if (received > 0 && response.status !== 206) {
        parts.length = 0; // the server sent the whole file again: start over
        received = 0;
      }
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        received += value.byteLength;
        onProgress({ received, total });
      }
      const bytes = new Uint8Array(received);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.byteLength;
      }
      return bytes;
    } catch (error) {
      if (error instanceof PackError && error.reason !== 'offline') throw error;
      if (attempt + 1 < tries) await waitForConnection(signal);
    }
  }
  throw new PackError('offline');
}

/** Downloads a pack, checks it and keeps it; older versions of it are dropped once it is kept. */
export async function downloadPack(
  language: PackLanguage,
  onProgress?: (progress: Progress) => void,
  options?: { tries?: number; signal?: AbortSignal },
): Promise<void> {
  const entry = packIndex[language];
  if (!entry) throw new PackError('unknown');
  if (await packOnPhone(language)) return;
  const bytes = await fetchPackBytes(entry.url, entry.bytes, onProgress, options);
  if (!(await matchesBuild(language, bytes.buffer as ArrayBuffer))) throw new PackError('damaged');
  try {
    const cache = await caches.open(PACK_CACHE);
    await cache.put(
      entry.url,
      new Response(bytes.buffer as ArrayBuffer, { headers: { 'content-type': 'application/json' } }),
    );
    await dropOldVersions(cache);
  } catch {
    throw new PackError('full');
  }
}

/** Removes every copy that is not a current pack's address (after an update), or one language's. */
async function dropOldVersions(cache: Cache, remove?: PackLanguage): Promise<void> {
  const current = new Set(
    availablePacks()
      .filter((code) => code !== remove)
      .map((code) => new URL(packIndex[code]?.url ?? '', location.origin).href),
  );
  for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
}

/** Frees a pack's space. */
export async function removePack(language: PackLanguage): Promise<void> {
  await dropOldVersions(await caches.open(PACK_CACHE), language);
}

const read = new Map<PackLanguage, Promise<LanguagePack>>();

/** A pack from this phone, checked against the build's hash before use; PackError when absent or damaged. */
export function readPack(language: PackLanguage): Promise<LanguagePack> {
  let found = read.get(language);
  if (!found) {
    found = (async () => {
      const entry = packIndex[language];
      if (!entry) throw new PackError('unknown');
      const cached = await (await caches.open(PACK_CACHE)).match(entry.url);
      if (!cached) throw new PackError('offline');
      const bytes = await cached.arrayBuffer();
      if (!(await matchesBuild(language, bytes))) throw new PackError('damaged');
      return JSON.parse(new TextDecoder().decode(bytes)) as LanguagePack;
    })();
    found.catch(() => read.delete(language));
    read.set(language, found);
  }
  return found;
}

/**
 * A pack on the phone, or downloaded first (the first visit in a browser set to that language): one try,
 * so a phone with no connection falls back to English or Spanish at once; Settings tries harder.
 */
export async function ensurePack(language: PackLanguage): Promise<LanguagePack> {
  if (!(await packOnPhone(language))) await downloadPack(language, undefined, { tries: 1 });
  return readPack(language);
}
