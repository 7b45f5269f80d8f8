import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  SECTIONS,
  type Backup,
  type BackupProblem,
} from '../../src/storage/backup/format';
import { importBackup } from '../../src/storage/backup/import';
import { parseBackup, readBackupFile, type BackupCheck } from '../../src/storage/backup/read-file';
import { fileKey, sealBackupFile } from '../../src/storage/backup/seal';
import { exportMedia } from '../../src/storage/backup/media-export';
import { importMedia } from '../../src/storage/backup/media-import';
import { readMediaFile, type MediaCheck, type MediaProblem } from '../../src/storage/backup/media-read';
import { addMedia, loadMedia, saveIncident } from '../../src/storage/incident-store';
import { isSafeKdf } from '../../src/storage/lock/kdf';
import { runArgon2 } from '../../src/storage/lock/run-argon2';
import { asVersion1, brokenBackup, validBackup } from './support/backup-arbitraries';
import { backupWith, everything, fileOf, useTheApp } from './support/backup-fixtures';
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
  'wrong-passphrase',
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

  /**
   * What the "Your data" screen does with a picked file: check it, and import only if it passed. With
   * `key`, an encrypted file's passphrase was typed and its key derived (src/storage/backup/seal.ts).
   */
  async function pickAndImport(file: File, mode: 'merge' | 'replace', key?: CryptoKey): Promise<BackupCheck> {
    const checked = await readBackupFile(file, key);
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
    'control: 100 valid generated backups (version 7, or version 1 with no plan) are accepted and restored exactly (replace)',
    async () => {
      await fc.assert(
        fc.asyncProperty(validBackup, fc.boolean(), async (generated, version1) => {
          // A version 1 file is read as version 7 with no plan, no alerts, no version 5 contact fields.
          const backup = version1
            ? { ...(asVersion1(generated) as Backup), version: BACKUP_VERSION, plan: {} }
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

  // ── Encrypted files (version 4, src/storage/backup/envelope.ts) ─────────────────────────────

  /** A real encrypted file of `backupWith()`, and the key its passphrase gives (derived once). */
  let envelope: Record<string, Record<string, unknown> | unknown>;
  let key: CryptoKey;
  beforeAll(async () => {
    const plain = JSON.stringify(backupWith());
    const made = await sealBackupFile(
      { text: plain, fileName: 'x.json', summary: {} as never, unreadable: 0 },
      'pan',
      {
        memoryKiB: 8 * 1024,
        iterations: 1,
        parallelism: 1,
      },
    );
    if (!made.ok) throw new Error(made.problem);
    envelope = JSON.parse(made.value.text) as typeof envelope;
    const asked = await readBackupFile(fileOf(made.value.text));
    if (asked.ok || asked.problem !== 'passphrase') throw new Error('not asked for a passphrase');
    const derived = await fileKey('pan', asked.header);
    if (!derived.ok) throw new Error(derived.problem);
    key = derived.value;
  });

  /** Anything a hostile header may hold, huge numbers and wrong types included. */
  const anything = fc.oneof(
    fc.integer(),
    fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 32, 2 ** 53, 1e308, -1e308, Number.MAX_SAFE_INTEGER),
    fc.string({ maxLength: 40 }),
    fc.base64String({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const hostileKdf = fc.record(
    {
      name: fc.oneof(fc.constant('argon2id'), anything),
      memory: fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), anything),
      passes: fc.oneof(fc.integer({ min: 0, max: 10_000 }), anything),
      lanes: fc.oneof(fc.integer({ min: 0, max: 64 }), anything),
      salt: fc.oneof(fc.base64String({ minLength: 0, maxLength: 2000 }), anything),
      extra: anything,
    },
    { requiredKeys: [] },
  );
  const hostileCipher = fc.record(
    {
      name: fc.oneof(fc.constant('AES-GCM'), anything),
      iv: fc.oneof(fc.base64String({ maxLength: 200 }), anything),
    },
    { requiredKeys: [] },
  );

  it(
    `${RUNS} encrypted files with hostile headers: refused, or asked for a passphrase only within the caps`,
    async () => {
      vi.mocked(runArgon2).mockClear();
      const files = fc.record(
        {
          // Some settings changed in the good header (the rest of it kept), or all of it replaced.
          kdf: fc.oneof(
            hostileKdf.map((changed) => ({ ...(envelope['kdf'] as object), ...changed })),
            hostileKdf,
            anything,
          ),
          cipher: fc.oneof(
            hostileCipher.map((changed) => ({ ...(envelope['cipher'] as object), ...changed })),
            hostileCipher,
            anything,
          ),
          data: fc.oneof(fc.base64String({ maxLength: 400 }), anything),
          more: anything,
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(files, fc.boolean(), async (parts, keepGood) => {
          const file = { ...(keepGood ? envelope : {}), ...parts, format: BACKUP_FORMAT, version: 4 };
          // Changes that change nothing leave the good file, which opens (the control below).
          fc.pre(JSON.stringify(file) !== JSON.stringify(envelope));
          const asked = await pickAndImport(fileOf(JSON.stringify(file)), 'replace');
          if (!asked.ok && asked.problem === 'passphrase') expect(isSafeKdf(asked.header.kdf)).toBe(true);
          else expect(asked).toEqual(refusal());
          expect(await pickAndImport(fileOf(JSON.stringify(file)), 'replace', key)).toEqual(refusal());
        }),
        { numRuns: RUNS },
      );
      expect(runArgon2).not.toHaveBeenCalled(); // reading a file never derives a key
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} good encrypted files asking for any key-derivation work: over the caps, refused before any derivation`,
    async () => {
      vi.mocked(runArgon2).mockClear();
      const number = fc.oneof(
        fc.integer({ min: -10, max: 2 ** 31 }),
        fc.constantFrom(0, 1, 1.5, 8192, 8193, 262_144, 262_145, 2 ** 53, 1e308, Number.MAX_VALUE),
        fc.double(),
      );
      const settings = fc.record(
        { memory: number, passes: fc.oneof(fc.integer({ min: -1, max: 20 }), number), lanes: number },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(settings, async (changed) => {
          const file = { ...envelope, kdf: { ...(envelope['kdf'] as object), ...changed } };
          const asked = await pickAndImport(fileOf(JSON.stringify(file)), 'replace');
          if (!asked.ok && asked.problem === 'passphrase') expect(isSafeKdf(asked.header.kdf)).toBe(true);
          else expect(asked).toEqual(refusal('invalid'));
        }),
        { numRuns: RUNS },
      );
      expect(runArgon2).not.toHaveBeenCalled();
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it(
    `${RUNS} encrypted files cut short, or changed in one to five places: refused with the key`,
    async () => {
      const text = JSON.stringify(envelope);
      const bytes = new TextEncoder().encode(text);
      const cut = fc.nat({ max: bytes.length - 1 }).map((end) => bytes.slice(0, end));
      const dataAt = text.indexOf('"data":"') + 8;
      const cutData = fc
        .nat({ max: text.length - dataAt - 3 })
        .map((end) => new TextEncoder().encode(`${text.slice(0, dataAt + end)}"}`));
      const changed = fc
        .array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 5,
        })
        .map((changes) => {
          const copy = bytes.slice();
          for (const [at, flip] of changes) copy[at] = (copy[at] ?? 0) ^ flip;
          return copy;
        });
      await fc.assert(
        fc.asyncProperty(fc.oneof(cut, cutData, changed), async (file) => {
          fc.pre(file.join() !== bytes.join()); // two changes of one byte may undo each other
          expect(await pickAndImport(fileOf(file), 'replace', key)).toEqual(refusal());
        }),
        { numRuns: RUNS },
      );
      expect(await everything()).toBe(before);
    },
    TIMEOUT,
  );

  it('control: the encrypted file itself opens with its key', async () => {
    const opened = await readBackupFile(fileOf(JSON.stringify(envelope)), key);
    expect(opened).toMatchObject({ ok: true });
  });
});

// ── The media backup file (src/storage/backup/media-format.ts) ─────────────────────────────────

describe('media file fuzzing: bad files are refused with a typed answer, never crash, never bring in a changed photo', () => {
  useFreshDatabase();
  const MEDIA_PROBLEMS: MediaProblem[] = [
    'unreadable',
    'wrong-format',
    'newer-version',
    'invalid',
    'cut',
    'changed',
  ];
  const PHOTO = new Uint8Array(Array.from({ length: 600 }, (_, index) => (index * 7) & 0xff));
  let file: Uint8Array;

  beforeEach(async () => {
    expect((await saveIncident({ id: 'rec-1', createdAt: '2026-03-14T07:10:00.000Z' }, undefined)).ok).toBe(
      true,
    );
    expect((await addMedia('rec-1', new Blob([PHOTO], { type: 'image/jpeg' }), 0)).ok).toBe(true);
    const made = await exportMedia();
    if (!made.ok) throw new Error(made.problem);
    file = new Uint8Array(await made.value.blob.arrayBuffer());
  });

  /** What the screen does: read, and keep only what passed; then nothing but the one photo is stored. */
  async function pickAndImport(bytes: Uint8Array): Promise<MediaCheck> {
    const checked = await readMediaFile(new Blob([bytes as BlobPart]));
    if (checked.ok) {
      // A change the header allows (a time, an id) may pass: the photo's bytes never change unnoticed.
      for (const item of checked.items) expect(new Uint8Array(await item.bytes.arrayBuffer())).toEqual(PHOTO);
      await importMedia(checked.items);
    }
    const stored = await loadMedia('rec-1');
    expect(stored.ok && stored.value.media.length).toBeGreaterThanOrEqual(1);
    return checked;
  }

  const refused = { ok: false, problem: expect.toBeOneOf(MEDIA_PROBLEMS) };

  it(
    `${RUNS} random first lines (JSON that claims to be a media file, or not) and random bytes after`,
    async () => {
      const header = fc.oneof(
        fc.jsonValue(),
        fc
          .dictionary(fc.constantFrom('version', 'exportedAt', 'items', 'extra'), fc.jsonValue(), {
            maxKeys: 4,
          })
          .map((entries) => ({ ...entries, format: 'defend-your-rights-media' })),
      );
      const tail = fc.uint8Array({ maxLength: 800 });
      await fc.assert(
        fc.asyncProperty(header, tail, async (json, bytes) => {
          const line = new TextEncoder().encode(`${JSON.stringify(json) ?? ''}\n`);
          expect(await pickAndImport(new Uint8Array([...line, ...bytes]))).toEqual(refused);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    `${RUNS} valid media files cut short, or with one byte changed: refused, or the photo unchanged`,
    async () => {
      const cut = fc.nat({ max: file.length - 1 }).map((end) => file.slice(0, end));
      const flipped = fc
        .tuple(fc.nat({ max: file.length - 1 }), fc.integer({ min: 1, max: 255 }))
        .map(([at, mask]) => file.map((byte, index) => (index === at ? byte ^ mask : byte)));
      await fc.assert(
        fc.asyncProperty(cut, async (bytes) => {
          expect(await pickAndImport(bytes)).toEqual(refused);
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(flipped, async (bytes) => {
          const checked = await pickAndImport(bytes);
          if (!checked.ok) expect(checked).toEqual(refused);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
