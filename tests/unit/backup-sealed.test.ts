import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCaregiverPacket } from '../../src/features/plan/public';
import { SEALED_VERSION } from '../../src/storage/backup/envelope';
import { exportAll, type BackupFile } from '../../src/storage/backup/export';
import type { BackupProblem } from '../../src/storage/backup/format';
import { importBackup } from '../../src/storage/backup/import';
import { readBackupFile, type BackupCheck } from '../../src/storage/backup/read-file';
import { fileKey, sealBackupFile } from '../../src/storage/backup/seal';
import { runArgon2 } from '../../src/storage/lock/run-argon2';
import {
  backupWith,
  everything,
  fileOf,
  NOW,
  olderFile,
  useTheApp,
  version1File,
} from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

// Encrypted backup files (version 4, src/storage/backup/envelope.ts). Most tests derive at the lowest
// setting the caps allow (8 MiB, 1 pass) to stay quick; one uses the app's own.
const QUICK = { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 };
const PASSPHRASE = 'río verde luna casa pan';

const REFUSALS: BackupProblem[] = [
  'not-json',
  'wrong-format',
  'newer-version',
  'unknown-section',
  'invalid',
  'wrong-passphrase',
];

const fileWith = (text: string): BackupFile => ({
  text,
  fileName: 'x.json',
  summary: {} as never,
  unreadable: 0,
});

async function sealed(text: string, passphrase = PASSPHRASE, params = QUICK): Promise<string> {
  const result = await sealBackupFile(fileWith(text), passphrase, params);
  if (!result.ok) throw new Error(result.problem);
  return result.value.text;
}

/** What the "Your data" screen does: check, ask for the passphrase, derive, check again with the key. */
async function openWith(text: string, passphrase: string): Promise<BackupCheck> {
  const first = await readBackupFile(fileOf(text));
  if (first.ok || first.problem !== 'passphrase') return first;
  const key = await fileKey(passphrase, first.header);
  if (!key.ok) throw new Error(key.problem);
  return readBackupFile(fileOf(text), key.value);
}

describe('an encrypted backup file', () => {
  useFreshDatabase();
  beforeEach(() => {
    vi.mocked(runArgon2).mockClear();
  });

  it('holds the whole backup, and opens with its passphrase typed on another keyboard (NFC, spaces)', async () => {
    await useTheApp();
    const plain = await exportAll(NOW);
    if (!plain.ok) throw new Error(plain.problem);
    const text = await sealed(plain.value.text);
    expect(JSON.parse(text)).toMatchObject({ version: SEALED_VERSION, kdf: { name: 'argon2id' } });
    for (const marker of ['Ana', 'Sofía', 'Blue folder', 'Metformin']) expect(text).not.toContain(marker);
    // Asked for its passphrase first: nothing is derived before the person types it.
    expect(await readBackupFile(fileOf(text))).toMatchObject({ ok: false, problem: 'passphrase' });
    expect(runArgon2).toHaveBeenCalledTimes(1); // the sealing's own derivation
    const opened = await openWith(text, `  ${PASSPHRASE.replace('í', 'i\u0301')} `);
    if (!opened.ok) throw new Error(opened.problem);
    // Brought back into an empty phone, everything is as it was.
    const before = await everything();
    expect((await importBackup(opened.backup, 'replace', 'take')).ok).toBe(true);
    expect(await everything()).toBe(before);
  });

  it("works at the app's own key-derivation setting (64 MiB, 2 passes), the default", async () => {
    const result = await sealBackupFile(fileWith(JSON.stringify(backupWith())), PASSPHRASE);
    if (!result.ok) throw new Error(result.problem);
    expect(JSON.parse(result.value.text).kdf).toMatchObject({ memory: 65536, passes: 2, lanes: 1 });
    expect(await openWith(result.value.text, PASSPHRASE)).toMatchObject({ ok: true });
  });

  it('holds a plain file of any version this app reads: 1, 2 and 3; not another envelope', async () => {
    for (const file of [version1File(), olderFile(2), olderFile(3)]) {
      const opened = await openWith(await sealed(JSON.stringify(file)), PASSPHRASE);
      expect(opened, `version ${String(file['version'])}`).toMatchObject({ ok: true });
    }
    const twice = await sealed(await sealed(JSON.stringify(backupWith())));
    expect(await openWith(twice, PASSPHRASE)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('the caregiver packet file is encrypted the same way', async () => {
    await useTheApp();
    const packet = await exportCaregiverPacket(NOW);
    if (!packet.ok) throw new Error(packet.problem);
    const sealedPacket = await sealBackupFile(packet.value, PASSPHRASE, QUICK);
    if (!sealedPacket.ok) throw new Error(sealedPacket.problem);
    expect(sealedPacket.value.fileName).toBe(packet.value.fileName);
    expect(sealedPacket.value.text).not.toContain('Sofía');
    const opened = await openWith(sealedPacket.value.text, PASSPHRASE);
    expect(opened).toMatchObject({ ok: true, summary: packet.value.summary });
  });

  it('an empty passphrase is refused, and nothing is saved', async () => {
    expect(await sealBackupFile(fileWith('{}'), '   ', QUICK)).toEqual({ ok: false, problem: 'invalid' });
    expect(runArgon2).not.toHaveBeenCalled();
  });
});

describe('an encrypted backup file is refused, with nothing stored changed', () => {
  useFreshDatabase();
  let before: string;
  beforeEach(async () => {
    vi.mocked(runArgon2).mockClear();
    await useTheApp();
    before = await everything();
  });

  /** The screen's flow with a key already derived: import only what opens. */
  async function pickWithKey(bytes: Uint8Array, key: CryptoKey): Promise<BackupCheck> {
    const checked = await readBackupFile(fileOf(bytes), key);
    if (checked.ok) await importBackup(checked.backup, 'replace', 'take');
    return checked;
  }

  it('a wrong passphrase: "wrong passphrase or damaged file"', async () => {
    const text = await sealed(before);
    expect(await openWith(text, 'río verde luna casa')).toEqual({ ok: false, problem: 'wrong-passphrase' });
    expect(await everything()).toBe(before);
  });

  it('every byte of the file changed, one at a time: a typed refusal, never an exception', async () => {
    const text = await sealed(JSON.stringify(backupWith()));
    const first = await readBackupFile(fileOf(text));
    if (first.ok || first.problem !== 'passphrase') throw new Error('not asked for a passphrase');
    const key = await fileKey(PASSPHRASE, first.header);
    if (!key.ok) throw new Error(key.problem);
    const bytes = new TextEncoder().encode(text);
    const seen = new Set<string>();
    for (let index = 0; index < bytes.length; index += 1) {
      for (const flip of [0x01, 0x80]) {
        const changed = bytes.slice();
        changed[index] = (changed[index] ?? 0) ^ flip;
        const checked = await pickWithKey(changed, key.value);
        expect(checked, `byte ${index} ^ ${flip}`).toEqual({
          ok: false,
          problem: expect.toBeOneOf(REFUSALS),
        });
        if (!checked.ok) seen.add(checked.problem);
      }
    }
    expect(seen).toContain('wrong-passphrase');
    expect(await everything()).toBe(before);
  });

  it('base64 written another way for the same bytes (a spare bit of the last character set) is refused', async () => {
    const text = await sealed(JSON.stringify(backupWith()));
    const key = await keyFor(text);
    const file = JSON.parse(text) as { kdf: { salt: string } };
    // 16 bytes of salt are 22 characters and "==": the last character's 4 low bits are spare, which atob ignores.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const salt = file.kdf.salt;
    const last = alphabet[alphabet.indexOf(salt.charAt(21)) ^ 1] ?? '';
    const other = `${salt.slice(0, 21)}${last}==`;
    expect(atob(other)).toBe(atob(salt)); // the same bytes
    const checked = await pickWithKey(new TextEncoder().encode(text.replace(salt, other)), key);
    expect(checked).toEqual({ ok: false, problem: 'invalid' });
    expect(await everything()).toBe(before);
  });

  it('cut short anywhere: refused', async () => {
    const text = await sealed(JSON.stringify(backupWith()));
    const body = JSON.parse(text) as { data: string };
    const key = await keyFor(text);
    for (const end of [0, 4, 16, 20, body.data.length - 4]) {
      const cut = text.replace(body.data, body.data.slice(0, end));
      const checked = await pickWithKey(new TextEncoder().encode(cut), key);
      expect(checked, `data cut at ${end}`).toEqual({ ok: false, problem: expect.toBeOneOf(REFUSALS) });
    }
    expect(await everything()).toBe(before);
  });

  it('key-derivation settings over the caps are refused before any derivation starts', async () => {
    const good = JSON.parse(await sealed(JSON.stringify(backupWith()))) as Record<
      string,
      Record<string, unknown>
    >;
    vi.mocked(runArgon2).mockClear();
    const hostile: [string, Record<string, unknown>][] = [
      ['4 GiB of memory', { memory: 4 * 1024 * 1024 }],
      ['1,000 passes', { passes: 1000 }],
      ['4 lanes', { lanes: 4 }],
      ['a huge number', { memory: 1e308 }],
      ['a fraction', { passes: 1.5 }],
      ['a number as text', { memory: '65536' }],
      ['a long salt', { salt: btoa('x'.repeat(1000)) }],
    ];
    for (const [what, change] of hostile) {
      const text = JSON.stringify({ ...good, kdf: { ...good['kdf'], ...change } });
      expect(await readBackupFile(fileOf(text)), what).toEqual({ ok: false, problem: 'invalid' });
    }
    const longIv = JSON.stringify({ ...good, cipher: { ...good['cipher'], iv: btoa('y'.repeat(64)) } });
    expect(await readBackupFile(fileOf(longIv)), 'a long IV').toEqual({ ok: false, problem: 'invalid' });
    // Asked straight, the derivation refuses them too.
    const header = { salt: new Uint8Array(16), iv: new Uint8Array(12) };
    const over = { memoryKiB: 4 * 1024 * 1024, iterations: 1000, parallelism: 1 };
    expect(await fileKey(PASSPHRASE, { ...header, kdf: over })).toEqual({ ok: false, problem: 'invalid' });
    expect(runArgon2).not.toHaveBeenCalled();
    expect(await everything()).toBe(before);
  });

  /** The key for `text`'s header, derived once. */
  async function keyFor(text: string): Promise<CryptoKey> {
    const first = await readBackupFile(fileOf(text));
    if (first.ok || first.problem !== 'passphrase') throw new Error('not asked for a passphrase');
    const key = await fileKey(PASSPHRASE, first.header);
    if (!key.ok) throw new Error(key.problem);
    return key.value;
  }
});
