/** How a key is derived from a passphrase: Argon2id (RFC 9106), stored beside the key slots or in a file. */
export interface KdfParams {
  /** Memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/*
 * The most a stored setting, or an encrypted backup file's (../backup/envelope.ts), may ask for: a damaged
 * or hostile value must not make the phone derive with gigabytes of memory or for minutes. At the cap
 * (256 MiB, 8 passes) a derivation is 16 times the app's own (64 MiB, 2 passes: about 1 s at 4x CPU).
 * Anything outside is refused unread. Apart from kdf.ts, which starts the Argon2 worker, so the backup
 * file check (a worker that may import nothing of the page) can check a file's settings too.
 */
const MIN_MEMORY_KIB = 8 * 1024;
const MAX_MEMORY_KIB = 256 * 1024;
const MAX_ITERATIONS = 8;
export const SALT_BYTES = 16;

/** Whether `params` are a setting this app would derive with (bounds above), checked before any work. */
export function isSafeKdf(params: KdfParams): boolean {
  const { memoryKiB, iterations, parallelism } = params;
  return (
    Number.isInteger(memoryKiB) &&
    memoryKiB >= MIN_MEMORY_KIB &&
    memoryKiB <= MAX_MEMORY_KIB &&
    Number.isInteger(iterations) &&
    iterations >= 1 &&
    iterations <= MAX_ITERATIONS &&
    parallelism === 1
  );
}
