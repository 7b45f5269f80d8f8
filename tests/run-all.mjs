// `npm test`: the whole pipeline, the same as CI runs it, ending in one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';
const bin = (name) => `node_modules/.bin/${name}`;

/** Runs a command with its output shown; true when it succeeded. */
function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Browser tests need Debian's Chromium: install it when we may, else say exactly how. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing. Install it, then run npm test again:\n  sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
  console.log(`Chromium is missing; installing it: ${INSTALL}`);
  if (!run('Install Chromium', 'sh', ['-c', INSTALL]) || !existsSync(CHROMIUM)) {
    console.error(`Could not install Chromium. Run: ${INSTALL}`);
    process.exit(1);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

ensureChromium();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const checks = {
  format: run('Format (prettier)', bin('prettier'), ['--check', '.']),
  lint: run('Lint (eslint)', bin('eslint'), ['.']),
  typecheck:
    run('Typecheck app', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) &&
    run('Typecheck service worker', bin('tsc'), ['-p', 'src/sw/tsconfig.json', '--noEmit']) &&
    run('Typecheck tests', bin('tsc'), ['-p', 'tests/tsconfig.json', '--noEmit']),
  build: run('Build', bin('vite'), ['build']),
};

// Unit tests and the quick backup fuzzing always run; the dist/ checks and the browser tests need a build.
// (`npm run test:fuzz` runs the full fuzzing; CI runs it too.)
const projects = checks.build ? [] : ['--project', 'unit', '--project', 'fuzz'];
run('Unit and build tests (vitest)', bin('vitest'), [
  'run',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
if (checks.build) run('Browser tests (Playwright + Chromium)', bin('playwright'), ['test']);

const vitest = readJson('test-results/vitest.json');
const playwright = readJson('test-results/playwright.json');
let passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
let failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
failed += playwright?.stats?.flaky ?? 0; // a test that needed a retry is not a pass
failed += playwright?.errors?.length ?? 0; // a spec file that could not load, or an error outside a test
if (!vitest) failed += 1; // the runner itself crashed
// A test file that fails before any of its tests runs (an import that throws) counts no failed test.
failed += (vitest?.testResults ?? []).filter(
  (file) => file.status === 'failed' && file.assertionResults.length === 0,
).length;
if (checks.build && !playwright) failed += 1;

const failedChecks = Object.entries(checks).filter(([, ok]) => !ok);
failed += failedChecks.length; // a red check never ends in "0 failed"
console.log(
  `\nChecks: ${Object.entries(checks)
    .map(([name, ok]) => `${name} ${ok ? 'ok' : 'FAILED'}`)
    .join(', ')}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
