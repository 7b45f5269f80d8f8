import { collectErrors, expect, offlineAfterVisit, test } from './support/app';

// No screen derives a key yet (the lock's screens are a later step of issue 11), so the test starts the
// built worker itself, a module worker from the file the service worker keeps, as run-argon2.ts does. The
// page's CSP is bypassed for that alone: Trusted Types take no string, and the app's one policy (made at
// start, src/shared/script-url.ts) cannot be made twice. The worker gets its own policy, not the page's.
test("the lock's Argon2 worker derives a key offline after one visit, server stopped", async ({
  browser,
  ownServer,
}) => {
  const { context, page } = await offlineAfterVisit(browser, ownServer, '', { bypassCSP: true });
  const errors = collectErrors(page);
  await page.reload();

  const derived = await page.evaluate(async () => {
    const kept = await Promise.all(
      (await caches.keys()).map(async (name) => (await caches.open(name)).keys()),
    );
    const worker = kept
      .flat()
      .map((request) => new URL(request.url).pathname)
      .find((path) => /^\/assets\/kdf-worker-[\w-]+\.js$/.test(path));
    if (!worker) return 'the worker is not precached';
    const text = (value: string) => new TextEncoder().encode(value);
    return new Promise<string>((resolve) => {
      const running = new Worker(worker, { type: 'module' });
      running.onerror = (event) => resolve(`the worker failed: ${event.message}`);
      running.onmessage = ({ data }: MessageEvent<Uint8Array | null>) =>
        resolve(data ? [...data].map((byte) => byte.toString(16).padStart(2, '0')).join('') : 'null');
      // The app's setting (src/storage/lock/kdf.ts): 64 MiB, 2 passes, 1 lane.
      running.postMessage({
        password: text('password'),
        salt: text('somesalt'),
        params: { memoryKiB: 64 * 1024, iterations: 2, parallelism: 1 },
      });
    });
  });

  // The reference implementation's answer (phc-winner-argon2, src/test.c), as in tests/unit/argon2.test.ts.
  expect(derived).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  expect(errors).toEqual([]);
  await context.close();
});
