import { afterEach, describe, expect, it, vi } from 'vitest';
import packIndex from 'virtual:language-packs';
import { buildPack } from '../../build/language-packs';
import { downloadPack, fetchPackBytes, PackError, packOnPhone, readPack } from '../../src/i18n/packs';
import { refreshPacks } from '../../src/sw/language-packs';
import { fakeCaches } from './support/fake-caches';

// Issue 16: a language pack is downloaded once, resumed when the connection drops, never used unless it
// matches the build's SHA-256, and fetched again after an update only if its content changed.

/** A body that sends `bytes` then fails, as a connection that drops. */
const dropping = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
    },
    pull(controller) {
      // Once the first part is read: an error now would drop what was queued before it.
      if (controller.desiredSize !== null && controller.desiredSize > 0)
        controller.error(new TypeError('network error'));
    },
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchPackBytes', () => {
  const whole = new TextEncoder().encode('x'.repeat(1000));

  it('resumes with a Range request after the connection drops, and puts the file together', async () => {
    const ranges: (string | null)[] = [];
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
      const range = new Headers(init?.headers).get('range');
      ranges.push(range);
      if (!range) return new Response(dropping(whole.subarray(0, 400)), { status: 200 });
      const from = Number(/bytes=(\d+)-/.exec(range)?.[1]);
      return new Response(whole.subarray(from), { status: 206 });
    });
    vi.stubGlobal('fetch', fetch);
    const progress: number[] = [];
    const bytes = await fetchPackBytes('/lang/x.json', whole.length, (p) => progress.push(p.received), {
      tries: 2,
    });
    expect(new TextDecoder().decode(bytes)).toBe('x'.repeat(1000));
    expect(ranges).toEqual([null, 'bytes=400-']);
    expect(progress.at(-1)).toBe(1000);
  }, 10_000);

  it('starts over when the server sends the whole file again instead of the rest', async () => {
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        ++calls === 1 ? new Response(dropping(whole.subarray(0, 400))) : new Response(whole, { status: 200 }),
      ),
    );
    const bytes = await fetchPackBytes('/lang/x.json', whole.length, undefined, { tries: 2 });
    expect(bytes).toHaveLength(1000);
  }, 10_000);

  it('gives up, offline, after its tries', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await expect(fetchPackBytes('/lang/x.json', 10, undefined, { tries: 1 })).rejects.toEqual(
      new PackError('offline'),
    );
  });
});

describe('downloadPack and readPack', () => {
  it('keep a pack that matches the build, and refuse one that does not', async () => {
    const { caches } = fakeCaches();
    vi.stubGlobal('caches', caches);
    vi.stubGlobal('location', new URL('http://app.test/'));
    const real = (await buildPack('ko')).json;
    const bytes = { current: real.replace('"ko"', '"ko" ') }; // one byte changed
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(bytes.current)),
    );
    await expect(downloadPack('ko')).rejects.toEqual(new PackError('damaged'));
    expect(await packOnPhone('ko')).toBe(false);

    bytes.current = real;
    await downloadPack('ko');
    expect(await packOnPhone('ko')).toBe(true);
    expect((await readPack('ko')).language).toBe('ko');
  });
});

describe("the worker's refresh after an update", () => {
  it('fetches again only a pack whose content changed, checks it, and drops the old copy', async () => {
    const { caches, stores } = fakeCaches();
    vi.stubGlobal('caches', caches);
    const cache = await caches.open('language-packs');
    const ko = packIndex['ko'];
    const fr = packIndex['fr'];
    if (!ko || !fr) throw new Error('no packs built');
    // Korean's copy is this version's; French's is an older version's (another hash).
    await cache.put(ko.url, new Response('{}'));
    await cache.put('/lang/fr-0123456789.json', new Response('{}'));
    const fetched: string[] = [];
    const french = (await buildPack('fr')).json;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        return new Response(french);
      }),
    );
    await refreshPacks();
    expect(fetched).toEqual([fr.url]);
    const kept = [...(stores.get('language-packs')?.keys() ?? [])].map((url) => new URL(url).pathname);
    expect(kept.sort()).toEqual([fr.url, ko.url].sort());
  });

  it('keeps the old copy when the new one does not match the build', async () => {
    const { caches, stores } = fakeCaches();
    vi.stubGlobal('caches', caches);
    await (await caches.open('language-packs')).put('/lang/fr-0123456789.json', new Response('{}'));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"not":"the pack"}')),
    );
    await refreshPacks();
    const kept = [...(stores.get('language-packs')?.keys() ?? [])].map((url) => new URL(url).pathname);
    expect(kept).toEqual(['/lang/fr-0123456789.json']);
  });
});
