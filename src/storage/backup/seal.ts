import { deriveFileKey, KDF_PARAMS, SALT_BYTES, type KdfParams } from '../lock/kdf';
import { normalizePassphrase } from '../lock/passphrase';
import { attempt, StorageError, type StorageResult } from '../result';
import { envelopeText, sealText, type SealedHeader } from './envelope';
import type { BackupFile } from './export';

/**
 * The page's part of an encrypted backup file (envelope.ts): deriving a file's key from its passphrase
 * (Argon2id in its own Web Worker, as the lock does: ../lock/kdf.ts), and sealing a file made to be saved.
 * Opening one is the backup file check's (read-in-worker.ts), which is handed the derived key.
 */

/**
 * `file` encrypted with `passphrase` (normalized: Unicode NFC, trimmed, as the lock does), a new salt and
 * IV, at the lock's settings. `invalid` for a passphrase empty once trimmed.
 */
export function sealBackupFile(
  file: BackupFile,
  passphrase: string,
  params: KdfParams = KDF_PARAMS,
): Promise<StorageResult<BackupFile>> {
  return attempt(async () => {
    if (!normalizePassphrase(passphrase)) throw new StorageError('invalid');
    const header: SealedHeader = {
      kdf: { ...params },
      salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)),
      iv: crypto.getRandomValues(new Uint8Array(12)),
    };
    const key = await deriveFileKey(passphrase, header.salt, header.kdf);
    return { ...file, text: envelopeText(await sealText(file.text, key, header)) };
  });
}

/**
 * The key an encrypted file's `header` asks for (a backup file's, or a media file's: media-format.ts), from the passphrase the person typed. Settings over the
 * caps are refused (`invalid`) before Argon2 starts: the check refused such a file already, and this is
 * the second lock on that door.
 */
export function fileKey(
  passphrase: string,
  header: Pick<SealedHeader, 'kdf' | 'salt'>,
): Promise<StorageResult<CryptoKey>> {
  return attempt(() => deriveFileKey(passphrase, header.salt, header.kdf));
}
