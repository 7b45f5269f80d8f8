// `npm run bench:import`: how long the backup import's check takes, and how much memory it needs, for
// crafted files up to the 5 MB limit. It is a measurement, not a test (no timings in `npm test`): it
// prints a table and exits 1 when a file takes over 1 s or its memory grows past the budget.
// Each file is checked in a child process of its own (a fresh heap, a peak that is its own), by the same
// function the app's Web Worker runs (`readBackupFile`: decode, parse, pre-check, check).
import { Blob } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET_MS = 1000;
const BUDGET_MB = 256; // peak resident memory grown during the check, for a file of at most 5 MB
const LIMIT = 5 * 1024 * 1024;

// ── The files ───────────────────────────────────────────────────────────────────────────────────

const head = (version = 2) =>
  `{"format":"defend-your-rights-backup","version":${version},"exportedAt":"2026-03-14T15:09:26.000Z","settings":{}`;
/** `item` repeated (comma separated) until the whole text is just under the limit. */
const flood = (before, item, after, size = LIMIT - 64) => {
  const count = Math.floor((size - before.length - after.length) / (item.length + 1));
  return before + Array(count).fill(item).join(',') + after;
};
const nested = (open, close, size = LIMIT - 256) => {
  const depth = Math.floor(size / (open.length + close.length));
  return open.repeat(depth) + close.repeat(depth);
};

/** The largest file the app accepts: every limit filled, in several scripts, pretty-printed. */
function biggestValid() {
  const text = (length, seed) => 'ñ字😀a'.repeat(length).slice(0, length - (seed % 3));
  const contacts = Array.from({ length: 1000 }, (_, index) => ({
    id: `c${index}`.padEnd(64, 'x'),
    name: `Contact ${index} ${'á'.repeat(80)}`,
    phones: Array.from({ length: 5 }, (_, n) => `+1213555${String(index * 5 + n).padStart(4, '0')}`),
    role: 'family',
    languages: 'Español, English, Kʼicheʼ '.repeat(4).slice(0, 100),
    notes: text(1000, index).slice(0, 1000),
    mayPickUpChildren: index % 2 === 0,
    order: index,
  }));
  const practice = contacts.map(({ id }) => ({ contactId: id, right: 3, tries: 5, lastTried: '2026-03-10' }));
  const long = 'x'.repeat(2000);
  const short = 'y'.repeat(200);
  const person = (index) => ({
    id: `p${index}`,
    fullName: short,
    dateOfBirth: '2015-01-01',
    countryOfBirth: short,
    aNumber: '123456789',
    isChild: true,
    medicines: long,
    allergies: long,
    doctor: short,
    school: short,
  });
  const plan = {
    household: { skipped: false, data: { people: Array.from({ length: 20 }, (_, i) => person(i)) } },
    children: {
      skipped: false,
      data: {
        children: Array.from({ length: 20 }, (_, i) => ({
          childId: `p${i}`,
          firstPickUp: 'c1'.padEnd(64, 'x'),
          secondPickUp: '',
          onSchoolList: 'yes',
          authorization: 'caregiver-affidavit',
          papersWhere: short,
          whatChildKnows: long,
        })),
      },
    },
    documents: {
      skipped: false,
      data: {
        items: Array.from({ length: 40 }, (_, i) => ({
          id: `d${i}`,
          have: 'yes',
          originalWhere: short,
          copyWith: short,
        })),
      },
    },
    legal: {
      skipped: false,
      data: { lawyer: '', g28Signed: 'yes', g28With: short, rapidResponse: '', notes: long },
    },
    money: {
      skipped: false,
      data: {
        bankAccess: short,
        rentAndBills: short,
        lastPaycheck: short,
        powerOfAttorney: 'no',
        powerOfAttorneyWith: short,
        savings: long,
      },
    },
    myPlan: {
      skipped: false,
      data: {
        atHome: long,
        atWork: long,
        onStreetOrCar: long,
        callFirst: '',
        memorized: '',
        familyMessage: long,
      },
    },
    review: { skipped: false, data: { lastReviewed: '2026-03-01' } },
  };
  const backup = {
    format: 'defend-your-rights-backup',
    version: 2,
    exportedAt: '2026-03-14T15:09:26.000Z',
    settings: { language: 'es', rapidResponseNumber: '+12135550100' },
    contacts,
    practice,
    plan,
  };
  const compact = JSON.stringify(backup, null, 2);
  // Padded with spaces (valid JSON) up to the limit.
  return compact.length < LIMIT - 64
    ? compact + ' '.repeat(LIMIT - 64 - Buffer.byteLength(compact))
    : compact;
}

const CASES = {
  'zeros in contacts': () => flood(`${head()},"contacts":[`, '0', '],"practice":[],"plan":{}}'),
  '{} in contacts': () => flood(`${head()},"contacts":[`, '{}', '],"practice":[],"plan":{}}'),
  '{} in a plan section': () =>
    flood(
      `${head()},"contacts":[],"practice":[],"plan":{"household":{"skipped":false,"data":{"people":[`,
      '{}',
      ']}}}}',
    ),
  '{} in practice': () => flood(`${head()},"contacts":[],"practice":[`, '{}', '],"plan":{}}'),
  'bad contacts (1,000 x 5 KB)': () =>
    flood(
      `${head()},"contacts":[`,
      JSON.stringify({ id: '!', name: '', phones: Array(5).fill('x'.repeat(900)) }),
      '],"practice":[],"plan":{}}',
    ),
  'deep nesting []': () => `${head()},"contacts":${nested('[', ']')},"practice":[],"plan":{}}`,
  'deep nesting {}': () => `${head()},"contacts":[],"practice":[],"plan":${nested('{"a":', '}')}}`,
  'one long name': () =>
    `${head()},"contacts":[{"id":"a","name":"${'x'.repeat(LIMIT - 400)}","phones":["+12135550100"],"role":"family","languages":"","notes":"","mayPickUpChildren":false,"order":0}],"practice":[],"plan":{}}`,
  'one long plan text': () =>
    `${head()},"contacts":[],"practice":[],"plan":{"money":{"skipped":false,"data":{"bankAccess":"","rentAndBills":"","lastPaycheck":"","powerOfAttorney":"","powerOfAttorneyWith":"","savings":"${'x'.repeat(LIMIT - 400)}"}}}}`,
  'many unknown keys': () => flood(`${head()},"contacts":[{`, '"k":0', '}],"practice":[],"plan":{}}'),
  'largest valid backup': biggestValid,
};

// ── One file, in a child process ────────────────────────────────────────────────────────────────

async function child(path) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport('/src/storage/backup/read-file.ts', {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
  });
  // Read from disk, so what the check needs is not hidden behind the peak of making the file.
  const bytes = readFileSync(path);
  const file = new Blob([bytes]);
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  const result = await module.readBackupFile(file);
  const ms = performance.now() - start;
  const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20;
  const answer = result.ok ? 'accepted' : `refused: ${result.problem}`;
  process.stdout.write(JSON.stringify({ bytes: bytes.length, ms, peakMb, answer }));
}

function run(name, dir) {
  const path = join(dir, 'file.json');
  writeFileSync(path, CASES[name]());
  const bytes = readFileSync(path).length;
  const start = performance.now();
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=1024', fileURLToPath(import.meta.url), '--case', path],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  const wall = performance.now() - start;
  try {
    return JSON.parse(out.stdout);
  } catch {
    const why =
      out.error?.code === 'ETIMEDOUT'
        ? 'timed out (120 s)'
        : out.stderr.includes('heap out of memory')
          ? 'out of memory (1 GB heap)'
          : out.stderr.split('\n').find(Boolean) || `exit ${out.status}`;
    // The child's whole run (including loading the code), as the time it took to fail.
    return { bytes, ms: wall, peakMb: Infinity, answer: `crashed: ${why.slice(0, 40)}` };
  }
}

const caseAt = process.argv.indexOf('--case');
if (caseAt > 0) {
  await child(process.argv[caseAt + 1]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  const only = process.argv[2];
  const names = Object.keys(CASES).filter((name) => !only || name.includes(only));
  const rows = names.map((name) => ({ name, ...run(name, dir) }));
  rmSync(dir, { recursive: true, force: true });
  const over = rows.filter((row) => !(row.ms <= BUDGET_MS && row.peakMb <= BUDGET_MB));
  const pad = (text, width) => String(text).padEnd(width);
  console.log(`${pad('file', 30)}${pad('size', 10)}${pad('ms', 10)}${pad('peak MB', 10)}answer`);
  for (const row of rows) {
    const size = `${(row.bytes / 2 ** 20).toFixed(2)} MB`;
    console.log(
      `${pad(row.name, 30)}${pad(size, 10)}${pad(Math.round(row.ms), 10)}${pad(Number.isFinite(row.peakMb) ? Math.round(row.peakMb) : '> 1024', 10)}${row.answer}${over.includes(row) ? '  OVER BUDGET' : ''}`,
    );
  }
  console.log(
    `\nBudget: ${BUDGET_MS} ms and ${BUDGET_MB} MB of memory growth per file (peak resident set, fresh process).`,
  );
  if (over.length > 0) {
    console.error(`${over.length} file(s) over budget.`);
    process.exit(1);
  }
}
