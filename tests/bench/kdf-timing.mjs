// `node tests/bench/kdf-timing.mjs`: how long Argon2id (argon2id, the library src/storage/lock/argon2.ts
// loads, both its WASM builds) takes in Debian's Chromium with the CPU slowed 4x, at 64 MiB and a few
// iteration counts. The figures chose KDF_PARAMS (src/storage/lock/kdf.ts). A measurement, not a test: it
// prints and exits. On the page, not in a worker: CDP slows only a page's thread.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import chromiumSettings from '../support/chromium.json' with { type: 'json' };

const LIBRARY = new URL('../../node_modules/argon2id/', import.meta.url);
const ORIGIN = 'http://kdf.test';
const RUNS = 5;
const SETTINGS = [
  { memoryMiB: 64, iterations: 1 },
  { memoryMiB: 64, iterations: 2 },
  { memoryMiB: 64, iterations: 3 },
  { memoryMiB: 32, iterations: 3 },
];
const TYPES = { js: 'text/javascript', wasm: 'application/wasm', html: 'text/html' };

const browser = await chromium.launch({ executablePath: chromiumSettings.path, args: chromiumSettings.args });
try {
  const page = await browser.newPage();
  // The package's own files, served as from a site: its modules import each other.
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    if (!path) return route.fulfill({ contentType: TYPES.html, body: '<!doctype html><title>kdf</title>' });
    const file = fileURLToPath(new URL(path, LIBRARY));
    return route.fulfill({ contentType: TYPES[path.split('.').pop()], body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/`);
  const cdp = await page.context().newCDPSession(page);
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const build of ['simd', 'no-simd']) {
      for (const { memoryMiB, iterations } of SETTINGS) {
        const times = await page.evaluate(
          async ({ build, memoryMiB, iterations, runs }) => {
            const { default: setupWasm } = await import('/lib/setup.js');
            const load = async (imports) => {
              const bytes = await (await fetch(`/dist/${build}.wasm`)).arrayBuffer();
              return globalThis.WebAssembly.instantiate(bytes, imports);
            };
            const out = [];
            for (let run = 0; run < runs; run += 1) {
              const start = performance.now();
              // As the app does (src/storage/lock/argon2.ts): a fresh instance per derivation.
              const argon2id = await setupWasm(load, load);
              argon2id({
                password: new globalThis.TextEncoder().encode('correct horse battery staple'),
                salt: globalThis.crypto.getRandomValues(new Uint8Array(16)),
                parallelism: 1,
                passes: iterations,
                memorySize: memoryMiB * 1024,
                tagLength: 32,
              });
              out.push(performance.now() - start);
            }
            return out;
          },
          { build, memoryMiB, iterations, runs: RUNS },
        );
        const sorted = [...times].sort((a, b) => a - b);
        console.log(
          `CPU ${rate}x  ${build.padEnd(7)} m=${memoryMiB} MiB t=${iterations}: median ${Math.round(sorted[Math.floor(RUNS / 2)])} ms ` +
            `(min ${Math.round(sorted[0])}, max ${Math.round(sorted[RUNS - 1])}, ${RUNS} runs)`,
        );
      }
    }
  }
} finally {
  await browser.close();
}
