// `node tests/bench/kdf-timing.mjs`: how long Argon2id (hash-wasm, the library src/storage/lock/kdf.ts
// loads) takes in Debian's Chromium with the CPU slowed 4x, at 64 MiB and a few iteration counts. The
// figures chose KDF_PARAMS (src/storage/lock/kdf.ts). A measurement, not a test: it prints and exits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import chromiumSettings from '../support/chromium.json' with { type: 'json' };

const ARGON2 = fileURLToPath(new URL('../../node_modules/hash-wasm/dist/argon2.umd.min.js', import.meta.url));
const RUNS = 5;
const SETTINGS = [
  { memoryMiB: 64, iterations: 1 },
  { memoryMiB: 64, iterations: 2 },
  { memoryMiB: 64, iterations: 3 },
  { memoryMiB: 32, iterations: 3 },
];

const browser = await chromium.launch({ executablePath: chromiumSettings.path, args: chromiumSettings.args });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>kdf</title>');
  await page.addScriptTag({ content: readFileSync(ARGON2, 'utf8') });
  const cdp = await page.context().newCDPSession(page);
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const { memoryMiB, iterations } of SETTINGS) {
      const times = await page.evaluate(
        async ({ memoryMiB, iterations, runs }) => {
          const out = [];
          for (let run = 0; run < runs; run += 1) {
            const start = performance.now();
            await globalThis.hashwasm.argon2id({
              password: 'correct horse battery staple',
              salt: globalThis.crypto.getRandomValues(new Uint8Array(16)),
              parallelism: 1,
              iterations,
              memorySize: memoryMiB * 1024,
              hashLength: 32,
              outputType: 'binary',
            });
            out.push(performance.now() - start);
          }
          return out;
        },
        { memoryMiB, iterations, runs: RUNS },
      );
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `CPU ${rate}x  m=${memoryMiB} MiB t=${iterations}: median ${Math.round(sorted[Math.floor(RUNS / 2)])} ms ` +
          `(min ${Math.round(sorted[0])}, max ${Math.round(sorted[RUNS - 1])}, ${RUNS} runs)`,
      );
    }
  }
} finally {
  await browser.close();
}
