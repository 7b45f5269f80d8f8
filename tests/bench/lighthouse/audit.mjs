// Lighthouse audit of the production build: `npm run lighthouse` (tests/bench/lighthouse.mjs installs
// Lighthouse into this folder first, from its own package-lock.json).
//
// Builds the app, serves it with `vite preview`, and runs Lighthouse's default mobile audit
// (Moto G Power emulation, simulated slow-4G throttling) on the home screen and one guide, five times
// each (LIGHTHOUSE_RUNS), each a first visit in a fresh browser. Prints a Markdown table of the scores
// of each page's median run (by performance) and every run's performance score, plus every audit that
// keeps a category below 100; saves the median runs' JSON reports to .bench/, and exits 1 unless every
// score of the median runs is 100.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// The very TraceProcessor class Lighthouse runs (same module instance), so the patch below reaches it.
import { TraceProcessor } from 'lighthouse/core/lib/trace-engine.js';
import chromium from '../../support/chromium.json' with { type: 'json' };

const root = fileURLToPath(new URL('../../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../../.bench/', import.meta.url));
const vite = fileURLToPath(new URL('../../../node_modules/vite/bin/vite.js', import.meta.url));

/** Pages to audit: the name goes into the report file name. */
const allPages = [
  { name: 'home', path: '/' },
  { name: 'guide-agents-at-your-door', path: '/guides/agents-at-your-door' },
];
/** `npm run lighthouse -- guide` audits only the pages whose name starts with one of the words given. */
const only = process.argv.slice(2);
const pages = only.length
  ? allPages.filter((page) => only.some((word) => page.name.startsWith(word)))
  : allPages;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Runs per page; the median one is reported (LIGHTHOUSE_RUNS=1 for a quick look). */
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 5);

// Debian's Chromium with the project's shared flags (no sandbox as root, no calls home).
const chromePath = chromium.path;
const chromeFlags = ['--headless=new', ...chromium.args];

/**
 * Workaround for Lighthouse 12.2.3 on current Chromium (156 here). Newer Chromium renamed the
 * `PipelineReporter` trace event's `args.chrome_frame_reporter` to `args.frame_reporter`; the
 * trace engine bundled with Lighthouse 12 (@paulirish/trace_engine 0.0.32, ScreenshotsHandler)
 * reads the old name and throws "Cannot read properties of undefined (reading 'frame_sequence')",
 * which errors render-blocking-resources, layout-shifts, largest-contentful-paint-element,
 * lcp-lazy-loaded, prioritize-lcp-image and non-composited-animations. Lighthouse 13 knows the
 * new name but needs Node 22, so we alias the field on a copy of each event before parsing.
 * Scores are unaffected either way; only those diagnostics are restored.
 */
const parse = TraceProcessor.prototype.parse;
TraceProcessor.prototype.parse = function (/** @type {any[]} */ events, /** @type {any[]} */ ...rest) {
  const aliased = events.map((event) =>
    event.name === 'PipelineReporter' && event.args?.frame_reporter && !event.args.chrome_frame_reporter
      ? { ...event, args: { ...event.args, chrome_frame_reporter: event.args.frame_reporter } }
      : event,
  );
  return parse.call(this, aliased, ...rest);
};

/**
 * Asks the OS for a free TCP port, so two runs (or a running `npm start`) never collide.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` until it answers, failing early if the server process dies (e.g. build missing).
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
async function waitForServer(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Stops a child process and waits for it, so the port is free when the script returns.
 * @param {import('node:child_process').ChildProcess} child
 */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** @param {number | null} score Lighthouse's 0–1 score, or null when the audit/category errored. */
const percent = (score) => (score === null ? 'error' : String(Math.round(score * 100)));

/** Markdown cells must not contain pipes or newlines. */
const cell = (/** @type {unknown} */ text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ');

/**
 * The audits that keep a category below 100: scored audits below 1 and audits that errored.
 * Weight-0 audits (performance diagnostics) are listed too because they point at the cause,
 * but informative/manual/not-applicable ones are left out since they never affect a score.
 * @param {import('lighthouse').Result} lhr
 * @param {string} categoryId
 */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => {
      if (!audit) return false;
      if (audit.scoreDisplayMode === 'error') return true;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return false;
      return audit.score !== null && audit.score < 1;
    })
    .sort((a, b) => b.ref.weight - a.ref.weight);
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let preview;
/** @type {chromeLauncher.LaunchedChrome | undefined} */
let chrome;

/** Stops Chromium if it is running; chrome-launcher also deletes its temporary profile. */
async function stopChrome() {
  const launched = chrome;
  chrome = undefined;
  if (launched) await Promise.resolve(launched.kill()).catch(() => {});
}

/** Stops Chromium and the preview server; safe to call twice. */
async function cleanup() {
  await stopChrome();
  const server = preview;
  preview = undefined;
  if (server) await stop(server);
}

// Ctrl-C (or a CI timeout's SIGTERM) skips `finally`, so stop the children from here too.
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
process.once('SIGTERM', () => void cleanup().finally(() => process.exit(143)));

let allPerfect = true;
try {
  const build = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`vite build failed with code ${build.status}`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // A direct child (not npx/npm) so killing its pid really stops the server.
  preview = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await waitForServer(origin + '/', preview);

  mkdirSync(outDir, { recursive: true });

  /** @type {string[]} */
  const table = [
    `| URL | ${categories.join(' | ')} |`,
    `| --- | ${categories.map(() => '---:').join(' | ')} |`,
  ];
  /** @type {string[]} */
  const details = [];

  for (const page of pages) {
    const url = origin + page.path;
    /** @type {import('lighthouse').RunnerResult[]} */
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh browser (and throwaway profile) per run, so each one is measured as a first visit:
      // Lighthouse clears the service worker and caches between runs but, by default, not
      // IndexedDB, which the app writes on the first page.
      // handleSIGINT off: chrome-launcher's own handler would exit before ours stops the server.
      chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags,
        logLevel: 'error',
        handleSIGINT: false,
      });
      // No config: Lighthouse's default is the mobile form factor with simulated throttling.
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      await stopChrome();
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      runs.push(result);
    }
    // The run with the median performance score stands for the page (Lighthouse's own advice on
    // variability: a 2-core machine that is busy elsewhere makes single runs swing by several points).
    const byPerformance = [...runs].sort(
      (a, b) => (a.lhr.categories['performance']?.score ?? 0) - (b.lhr.categories['performance']?.score ?? 0),
    );
    const median = byPerformance[Math.floor(runs.length / 2)];
    if (!median) throw new Error(`no Lighthouse run for ${url}`);
    const { lhr, report } = median;
    writeFileSync(`${outDir}lighthouse-${page.name}.json`, String(report));
    const perRun = runs.map((result) => percent(result.lhr.categories['performance']?.score ?? null));
    details.push(`${page.path}: performance in each of ${RUNS} runs: ${perRun.join(', ')}`);

    // A runtime error (e.g. page failed to load) zeroes the scores; say why next to them.
    if (lhr.runtimeError) {
      details.push(`**${page.path}** runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    for (const warning of lhr.runWarnings) details.push(`**${page.path}** warning: ${cell(warning)}`);

    const scores = categories.map((id) => lhr.categories[id]?.score ?? null);
    table.push(`| ${page.path} | ${scores.map(percent).join(' | ')} |`);

    categories.forEach((id, i) => {
      if (scores[i] === 1) return;
      allPerfect = false;
      details.push(
        '',
        `### ${page.path} — ${id}: ${percent(scores[i] ?? null)}`,
        '',
        '| audit | title | score | weight | value |',
        '| --- | --- | ---: | ---: | --- |',
        ...failingAudits(lhr, id).map(
          ({ ref, audit }) =>
            `| ${audit.id} | ${cell(audit.title)} | ${percent(audit.score)} | ${ref.weight} | ${cell(audit.displayValue ?? audit.errorMessage)} |`,
        ),
      );
    });
  }

  console.log(['', ...table, '', ...details].join('\n'));
  console.log(`\nJSON reports: ${outDir}lighthouse-*.json`);
} catch (error) {
  allPerfect = false;
  console.error(error);
} finally {
  await cleanup();
}

process.exit(allPerfect ? 0 : 1);
