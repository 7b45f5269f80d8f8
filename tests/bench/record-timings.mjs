// The incident record's two rows of `npm run bench` (issue 13). In the built app, CPU slowed 4× through
// CDP, median of 5:
// - saving a 5 MB photo: from the gallery input's change to its SHA-256 drawn on screen (read, hashed,
//   stored in IndexedDB, read back for the list) — budget 1 s;
// - the list of 100 records: from an in-app navigation to `/record` to the 100th record drawn — budget 100 ms.
// Run alone: `node tests/bench/record-timings.mjs` (after `npx vite build`); it prints both rows and exits 1
// when one is over its budget.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import chromiumSettings from '../support/chromium.json' with { type: 'json' };
import { startServer } from './throttled-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;
export const PHOTO_BUDGET_MS = 1000;
export const LIST_BUDGET_MS = 100;
const PHOTO_BYTES = 5 * 1024 * 1024;
const RECORDS = 100;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A JPEG-shaped file of `size` bytes (start of image, data, end of image): what the app stores as is. */
function photo(size) {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + 7) & 0xff; // not all zeros: nothing compresses it
  bytes.set([0xff, 0xd8], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

/** Resolves, in ms of the page's clock, once `count` elements match `selector` and that frame is drawn. */
const drawnWhen = ({ selector, count }) =>
  new Promise((resolve) => {
    const start = window.__start ?? performance.now();
    const check = () => {
      if (document.querySelectorAll(selector).length < count) return;
      observer.disconnect();
      // `__start` as set by then: the photo's is set at the input's change, after this promise was made.
      const from = window.__start ?? start;
      window.requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - from), 0));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    check();
  });

async function photoRow(page, server, cdp) {
  await page.goto(`${server.url}/record/new`);
  await page.getByLabel('Where? (street, building, crossing)').fill('Bench street');
  await page.getByRole('status').filter({ hasText: 'Saved on this phone' }).waitFor();
  const times = [];
  for (let run = 1; run <= RUNS; run += 1) {
    await page.evaluate(() => {
      window.__start = undefined;
      document.querySelector('#record-gallery')?.addEventListener(
        'change',
        () => {
          window.__start = performance.now();
        },
        { once: true, capture: true },
      );
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const drawn = page.evaluate(drawnWhen, { selector: '.record-media li', count: run });
    await page.getByLabel('Add from the gallery').setInputFiles({
      name: `photo-${run}.jpg`,
      mimeType: 'image/jpeg',
      buffer: photo(PHOTO_BYTES),
    });
    times.push(await drawn);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  return times;
}

/** 100 records of realistic size, written plain straight into the app's database. */
async function seedRecords(page) {
  await page.evaluate(async (count) => {
    const db = await new Promise((resolve, reject) => {
      const request = window.indexedDB.open('defend-your-rights');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('incidents', 'readwrite');
    for (let i = 0; i < count; i += 1) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const data = {
        id,
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        when: '2026-03-14T07:05',
        where: `Calle ${i} y Main, frente a la lavandería`,
        agency: 'ICE, HSI',
        saidAndDid: 'Preguntaron por nombre, se llevaron a dos personas. '.repeat(10),
        taken: [{ name: 'Luis Pérez', countryOfBirth: 'Guatemala' }],
      };
      tx.objectStore('incidents').put({ rev: 1, shape: 1, body: { codec: 'plain-1', data } }, id);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, RECORDS);
}

async function listRow(page, server, cdp) {
  await page.goto(`${server.url}/`);
  await seedRecords(page);
  const times = [];
  for (let run = 1; run <= RUNS; run += 1) {
    await page.evaluate(() => {
      window.history.pushState(null, '', '/');
      window.dispatchEvent(new window.PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Know your rights' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const drawn = page.evaluate(() => {
      window.__start = performance.now();
      window.history.pushState(null, '', '/record');
      window.dispatchEvent(new window.PopStateEvent('popstate'));
    });
    await drawn;
    times.push(
      await page.evaluate(drawnWhen, { selector: 'a.action[href^="/record/0000"]', count: RECORDS }),
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  return times;
}

/**
 * Both rows in `browser`, over the build in `root` (served as it is: the caller keeps its own copy, as a
 * rebuild must not change it mid-run). Returns each row's median and its runs, in ms.
 */
export async function recordTimings(browser, root, context = {}) {
  const server = await startServer({ root });
  const profile = await browser.newContext(context);
  try {
    const page = await profile.newPage();
    const cdp = await profile.newCDPSession(page);
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true)); // its install is not measured
    const photoRuns = await photoRow(page, server, cdp);
    const listRuns = await listRow(page, server, cdp);
    return {
      photo: { median: median(photoRuns), runs: photoRuns },
      list: { median: median(listRuns), runs: listRuns },
    };
  } finally {
    await profile.close();
    await server.close?.();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = mkdtempSync(join(tmpdir(), 'record-bench-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumSettings.path,
    args: chromiumSettings.args,
    headless: true,
  });
  try {
    const { photo: saved, list } = await recordTimings(browser, dir, {
      viewport: { width: 390, height: 844 },
      locale: 'en-US',
    });
    const row = (name, { median: value, runs }, budget) =>
      console.log(
        `${name}: median ${Math.round(value)} ms (${runs.map(Math.round).join(', ')}), budget ${budget} ms`,
      );
    row('saving a 5 MB photo, CPU 4×', saved, PHOTO_BUDGET_MS);
    row(`the list of ${RECORDS} records, CPU 4×`, list, LIST_BUDGET_MS);
    process.exitCode = saved.median <= PHOTO_BUDGET_MS && list.median <= LIST_BUDGET_MS ? 0 : 1;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
