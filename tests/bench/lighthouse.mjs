// `npm run lighthouse`. Lighthouse (146 packages with what it needs) is not in the app's own install:
// the first run, or one after tests/bench/lighthouse/package.json changes, installs it into
// tests/bench/lighthouse/ with `npm ci` from that folder's lock file. That is the npm registry only, with
// no install scripts, so nothing downloads a browser: the audit uses Debian's Chromium
// (tests/support/chromium.json).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./lighthouse/', import.meta.url));

/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** True when every pinned package is installed at its pinned version. */
function installed() {
  const { dependencies } = readJson(join(dir, 'package.json'));
  return Object.entries(dependencies).every(([name, version]) => {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    return existsSync(manifest) && readJson(manifest).version === version;
  });
}

if (!installed()) {
  console.log('Installing Lighthouse into tests/bench/lighthouse/ (first run only)…');
  // Under `npm run`, npm_execpath is the npm that runs us; use the same one.
  const npm = process.env['npm_execpath'];
  const args = ['ci', '--ignore-scripts', '--no-audit', '--no-fund'];
  const result = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: dir, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0 || !installed()) {
    console.error('Could not install Lighthouse: run `npm ci` in tests/bench/lighthouse/ and try again.');
    process.exit(1);
  }
}

await import('./lighthouse/audit.mjs');
