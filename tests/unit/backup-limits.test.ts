import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSchema } from '../../src/storage/backup/format';
import { checkBackup, parseBackup } from '../../src/storage/backup/read-file';
import { readBackupFileInWorker, SLOW_CHECK_MS } from '../../src/storage/backup/read-in-worker';
import { backupWith, contact } from './support/backup-fixtures';

// Crafted files that froze the tab (issue 12: 2 MB of zeros in `contacts` took 12.5 s and 650 MB;
// 0.6 MB of `{}` in a plan section, 29 s) are refused by cheap checks before the schemas ever run.
// Timings are for `npm run bench:import`; here only what is refused, and by which check.

const HEAD =
  '{"format":"defend-your-rights-backup","version":2,"exportedAt":"2026-03-14T15:09:26.000Z","settings":{}';
const list = (item: string, count: number) => Array<string>(count).fill(item).join(',');

const crafted: [string, string][] = [
  ['2 MB of zeros in contacts', `${HEAD},"contacts":[${list('0', 1_000_000)}],"practice":[],"plan":{}}`],
  [
    '0.6 MB of {} in a plan section',
    `${HEAD},"contacts":[],"practice":[],"plan":{"household":{"skipped":false,"data":{"people":[${list('{}', 200_000)}]}}}}`,
  ],
  ['{} in practice', `${HEAD},"contacts":[],"practice":[${list('{}', 200_000)}],"plan":{}}`],
  [
    'deep nesting',
    `${HEAD},"contacts":${'['.repeat(100_000)}${']'.repeat(100_000)},"practice":[],"plan":{}}`,
  ],
  [
    'an object with 100,000 keys',
    `${HEAD},"contacts":[{${list('"k":0', 100_000)}}],"practice":[],"plan":{}}`,
  ],
];

describe('backup limits: crafted files are refused before the schemas run', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(crafted)('%s is refused as invalid, the schemas never asked', (_, text) => {
    const schema = vi.spyOn(BackupSchema, '~run');
    expect(parseBackup(text)).toEqual({ ok: false, problem: 'invalid' });
    expect(schema).not.toHaveBeenCalled();
  });

  it('an object already parsed, with a list longer than any a backup holds, is refused before the schemas', () => {
    const schema = vi.spyOn(BackupSchema, '~run');
    const people = Array.from({ length: 5_000 }, () => ({}));
    const flood = { ...backupWith(), plan: { household: { skipped: false, data: { people } } } };
    expect(checkBackup(flood)).toEqual({ ok: false, problem: 'invalid' });
    const contacts = Array.from({ length: 1001 }, (_, index) => contact(`c${index}`, 'A', index));
    expect(checkBackup({ ...backupWith(), contacts, practice: [] })).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(schema).not.toHaveBeenCalled();
  });

  it('a valid file still passes every pre-check, brackets and commas inside text included', () => {
    const tricky = contact('a', 'Rosa [1], {2}, "3"', 0, { notes: '[[[[{{{{,,,,'.repeat(80) });
    const checked = parseBackup(JSON.stringify(backupWith({ contacts: [tricky], practice: [] })));
    expect(checked).toMatchObject({ ok: true, summary: { contacts: 1 } });
  });

  it('a file that breaks the schema reports one issue: the check stops at the first', () => {
    const schema = vi.spyOn(BackupSchema, '~run');
    const bad = Array.from({ length: 1000 }, () => ({ id: '!' }));
    expect(parseBackup(JSON.stringify(backupWith({ contacts: bad as never, practice: [] })))).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect(schema.mock.results[0]?.value).toMatchObject({ issues: [expect.anything()] });
    expect((schema.mock.results[0]?.value as { issues: unknown[] }).issues).toHaveLength(1);
  });
});

describe('backup check in a Web Worker', () => {
  afterEach(() => vi.useRealTimers());

  /** A worker that takes the file and never answers, like one stuck on a crafted file. */
  function stuckWorker() {
    const worker = {
      postMessage: vi.fn(),
      terminate: vi.fn(),
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
    };
    return worker;
  }

  it('a check that runs past the time limit is ended and the file refused, saying it took too long', async () => {
    vi.useFakeTimers();
    const worker = stuckWorker();
    const onSlow = vi.fn();
    const answer = readBackupFileInWorker(new Blob(['{}']), {
      start: () => worker,
      onSlow,
      timeLimitMs: 5000,
    });
    expect(worker.postMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SLOW_CHECK_MS);
    expect(onSlow).toHaveBeenCalledTimes(1); // the screen says it is still checking
    await vi.advanceTimersByTimeAsync(4000);
    expect(await answer).toEqual({ ok: false, problem: 'timed-out' });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it("the worker's answer is the check's answer, and the worker is ended", async () => {
    const worker = stuckWorker();
    const answer = readBackupFileInWorker(new Blob(['{}']), { start: () => worker });
    worker.onmessage?.({ data: { ok: false, problem: 'wrong-format' } } as MessageEvent);
    expect(await answer).toEqual({ ok: false, problem: 'wrong-format' });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('a worker that cannot start or fails is a file that could not be read', async () => {
    const failing = () => {
      throw new TypeError('blocked');
    };
    expect(await readBackupFileInWorker(new Blob(['{}']), { start: failing })).toEqual({
      ok: false,
      problem: 'unreadable',
    });
    const worker = stuckWorker();
    const answer = readBackupFileInWorker(new Blob(['{}']), { start: () => worker });
    worker.onerror?.({} as ErrorEvent);
    expect(await answer).toEqual({ ok: false, problem: 'unreadable' });
  });
});
