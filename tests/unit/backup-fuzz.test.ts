import fc from 'fast-check';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { BACKUP_FORMAT, SECTIONS, type Backup, type BackupProblem } from '../../src/storage/backup/format';
import { importBackup } from '../../src/storage/backup/import';
import { parseBackup, readBackupFile } from '../../src/storage/backup/read-file';
import { asVersion1, brokenBackup, validBackup } from './support/backup-arbitraries';
import { everything, fileOf, useTheApp } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

declare module 'vitest' {
  interface ProvidedContext {
    /** Runs per property (vitest.config.ts): 200 in `npm test`, 1,000 in `npm run test:fuzz`. */
    fuzzRuns: number;
  }
}

// Property-based tests: thousands of generated bad files, each refused with a typed answer,
// none of them throwing, none of them changing what is stored.
const RUNS = inject('fuzzRuns');
// At 1,000 runs each property takes 0.4–0.9 s alone in Node; a busy machine (CI, tests in parallel) can take several times that.
const TIMEOUT = 60_000;
const PROBLEMS: BackupProblem[] = [
  'too-large',
  'unreadable',
  'not-json',
  'wrong-format',
  'newer-version',
  'unknown-section',
  'invalid',
  'duplicate-id',
];

// ── The properties ───────────────────────────────────────────────────────────────────────────

describe('backup fuzzing: bad files are refused, never crash, never change stored data', () => {
  useFreshDatabase();
  let before: string;
  beforeEach(async () => {
    await useTheApp();
    before = await everything();
  });

  /** Fails if anything stored changed; puts it back first, so that later runs (and shrinking) stay independent. */
  async function expectUnchanged(what?: string): Promise<void> {
    const after = await everything();
    if (after !== before) {
      const original = parseBackup(before);
      if (original.ok) await importBackup(original.backup, 'replace', 'take');
    }
    expect(after, what).toBe(before);
  }

  /** What the "Your data" screen does with a picked file: check it, and import only if it passed. */
  async function pickAndImport(file: File, mode: 'merge' | 'replace'): Promise<unknown> {
    const checked = await readBackupFile(file);
    if (checked.ok) await importBackup(checked.backup, mode, 'take');
    await expectUnchanged();
    return checked;
  }

  const refusal = (problem?: BackupProblem) =>
    problem ? { ok: false, problem } : { ok: false, problem: expect.toBeOneOf(PROBLEMS) };

  it(
    `${RUNS} random JSON values, and objects that claim to be a backup with random sections`,
    async () => {
      const claimsToBe = fc
        .dictionary(fc.constantFrom(...SECTIONS, 'plan'), fc.jsonValue(), { maxKeys: 8 })
        .map((sections) => ({ ...sections, format: BACKUP_FORMAT }));
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.jsonValue(), claimsToBe),
          fc.constantFrom('merge', 'replace'),
          async (json, mode) => {
            expect(await pickAndImport(fileOf(JSON.stringify(json) ?? ''), mode)).toEqual(refusal());
          },
        ),
        { numRuns: RUNS },
      );
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} random bytes and texts that are not JSON`,
    async () => {
      const jsonish = fc
        .array(
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '"',
            ':',
            ',',
            '1',
            'e',
            '-',
            '.',
            ' ',
            '\\',
            'null',
            '"format"',
          ),
          { maxLength: 200 },
        )
        .map((parts) => parts.join(''));
      const content = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc.string({ unit: 'binary', maxLength: 2000 }),
        jsonish,
      );
      await fc.assert(
        fc.asyncProperty(content, fc.constantFrom('merge', 'replace'), async (bytes, mode) => {
          expect(await pickAndImport(fileOf(bytes), mode)).toEqual(refusal());
        }),
        { numRuns: RUNS },
      );
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} valid backups broken in one place: refused for that reason`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          brokenBackup,
          fc.constantFrom('merge', 'replace'),
          async ({ what, json, expected }, mode) => {
            expect(await pickAndImport(fileOf(JSON.stringify(json)), mode), what).toEqual(refusal(expected));
          },
        ),
        { numRuns: RUNS },
      );
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} valid backup files cut short: refused as damaged`,
    async () => {
      const cut = validBackup.chain((backup) => {
        const bytes = new TextEncoder().encode(JSON.stringify(backup));
        return fc.nat({ max: bytes.length - 1 }).map((end) => bytes.slice(0, end));
      });
      await fc.assert(
        fc.asyncProperty(cut, fc.constantFrom('merge', 'replace'), async (bytes, mode) => {
          expect(await pickAndImport(fileOf(bytes), mode)).toEqual(refusal('not-json'));
        }),
        { numRuns: RUNS },
      );
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} broken backups handed straight to the import: refused, nothing written`,
    async () => {
      await fc.assert(
        fc.asyncProperty(brokenBackup, fc.constantFrom('merge', 'replace'), async ({ what, json }, mode) => {
          const result = await importBackup(json as Backup, mode, 'take');
          await expectUnchanged(what);
          expect(result, what).toEqual({ ok: false, problem: 'invalid' });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'control: 100 valid generated backups (version 5, or version 1 with no plan) are accepted and restored exactly (replace)',
    async () => {
      await fc.assert(
        fc.asyncProperty(validBackup, fc.boolean(), async (generated, version1) => {
          // A version 1 file is read as version 5 with no plan, no alerts, no version 5 contact fields.
          const backup = version1
            ? { ...(asVersion1(generated) as Backup), version: 5 as const, plan: {} }
            : generated;
          const checked = parseBackup(JSON.stringify(version1 ? asVersion1(generated) : generated));
          expect(checked).toEqual({ ok: true, backup, summary: expect.anything() });
          if (!checked.ok) return;
          expect((await importBackup(checked.backup, 'replace', 'take')).ok).toBe(true);
          const restored = parseBackup(await everything());
          if (!restored.ok) throw new Error(restored.problem);
          const byId = <T extends { id?: string; contactId?: string }>(list: T[]) =>
            [...list].sort((a, b) => String(a.id ?? a.contactId).localeCompare(String(b.id ?? b.contactId)));
          expect(byId(restored.backup.contacts)).toEqual(byId(backup.contacts));
          expect(byId(restored.backup.practice)).toEqual(byId(backup.practice));
          expect(restored.backup.settings).toEqual(backup.settings);
          expect(restored.backup.plan).toEqual(backup.plan);
          expect(restored.backup.alerts ?? {}).toEqual(backup.alerts ?? {});
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );
});
