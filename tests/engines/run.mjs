// `npm run test:engines`: a short smoke run of the production build in Firefox and WebKit, the engines
// besides Chromium that people use (every iPhone browser is WebKit). Debian's packages only: it installs
// them when it may, and never downloads a browser. Ends in one line: "N passed, N failed".
// `npm run test:engines -- firefox` (or `webkit`) runs one engine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../bench/throttled-server.mjs';
import { FIREFOX, openFirefox } from './firefox.mjs';
import { offlineSteps, spanishSteps } from './smoke.mjs';
import { MINIBROWSER, WEBKIT_DRIVER, XVFB_RUN, openWebKit } from './webkit.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INSTALL = 'apt-get update && apt-get install -y firefox-esr webkit2gtk-driver xvfb locales';
// What they install that the run uses; the locales' sources let WebKit start in Spanish (webkit.mjs).
const NEEDED = [FIREFOX, WEBKIT_DRIVER, MINIBROWSER, XVFB_RUN, '/usr/share/i18n/locales/es_MX'];
const ENGINES = { firefox: openFirefox, webkit: openWebKit };

// Whatever hangs, the run ends on its own.
const watchdog = setTimeout(() => {
  console.error('test:engines: gave up after 10 minutes');
  process.exit(1);
}, 600_000);
watchdog.unref();

/** The engines need Debian's packages: install them when we may, else say exactly how. */
function ensurePackages() {
  const missing = () => NEEDED.filter((path) => !existsSync(path));
  if (missing().length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing ${missing().join(', ')}. Install them, then run again:\n  sudo sh -c '${INSTALL}'`,
    );
    process.exit(1);
  }
  console.log(`Missing ${missing().join(', ')}; installing: ${INSTALL}`);
  const result = spawnSync('sh', ['-c', INSTALL], { stdio: 'inherit' });
  if (result.status !== 0 || missing().length > 0) {
    console.error(`Could not install them. Run: ${INSTALL}`);
    process.exit(1);
  }
}

/** Our own build: others build and serve dist/ at the same time. */
function build(outDir) {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

/** A static host for the build whose `stop` returns only once its port refuses connections. */
async function serve(root) {
  const server = await startServer({ root });
  return {
    url: server.url,
    stop: async () => {
      await server.close();
      const answered = await fetch(server.url).then(
        () => true,
        () => false,
      );
      if (answered) throw new Error(`the server at ${server.url} still answers after it was stopped`);
    },
  };
}

/** Opens a fresh browser and a fresh server, runs `steps`, and closes both whatever happens. */
async function session(root, open, language, steps) {
  const server = await serve(root);
  let driver;
  try {
    driver = await open({ language });
    return await steps(driver, server);
  } finally {
    await driver?.close();
    await server.stop().catch(() => undefined);
  }
}

ensurePackages();
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in ENGINES));
if (unknown.length > 0) {
  console.error(`Unknown engine ${unknown.join(', ')}: choose from ${Object.keys(ENGINES).join(', ')}`);
  process.exit(1);
}
const dist = await mkdtemp(join(tmpdir(), 'kyr-engines-'));
let passed = 0;
let failed = 0;
try {
  build(dist);
  for (const [engine, open] of Object.entries(ENGINES)) {
    if (chosen.length > 0 && !chosen.includes(engine)) continue;
    const started = Date.now();
    console.log(`\n▶ ${engine}`);
    const results = [];
    for (const [language, steps] of [
      ['en-US', offlineSteps],
      ['es-MX', spanishSteps],
    ]) {
      try {
        let run = await session(dist, open, language, steps);
        // WebKitGTK's own IndexedDB stall (smoke.mjs, STORAGE), should it come back: up to twice more, each
        // in a fresh browser, and said. A fault of the app's that looked like it would stall every time.
        for (
          let again = 1;
          engine === 'webkit' && again <= 2 && run.some((result) => result.stalled);
          again++
        ) {
          console.log(`  ${language}: WebKit's IndexedDB stalled (bug 324058); again, fresh (${again} of 2)`);
          run = await session(dist, open, language, steps);
        }
        results.push(...run);
      } catch (error) {
        results.push({ name: `${engine} (${language}) could not start`, ok: false, detail: String(error) });
      }
    }
    for (const { name, ok, detail } of results) {
      console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? `\n    ${detail}` : ''}`);
      if (ok) passed++;
      else failed++;
    }
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await rm(dist, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
