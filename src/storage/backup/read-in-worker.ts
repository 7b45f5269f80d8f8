import { startWorker } from '../../shared/script-url';
import checkWorkerUrl from './check-worker?worker-chunk';
import { MAX_FILE_BYTES } from './format';
import type { BackupCheck } from './read-file';

/**
 * How long the check may take before the worker is ended and the file refused. Every file up to the
 * 5 MB limit is answered in well under 1 s on a desktop (`npm run bench:import`); a slow phone is
 * several times slower, so the limit leaves it room and still ends a file no phone could read.
 */
export const CHECK_TIME_LIMIT_MS = 10_000;
/** After this long the screen says the check is still running. */
export const SLOW_CHECK_MS = 1_000;

/** What the check worker is sent: the file, and an encrypted file's key once the person typed its passphrase. */
export interface CheckJob {
  file: Blob;
  key?: CryptoKey | undefined;
}

interface Options {
  /** An encrypted file's key (seal.ts, `fileKey`). */
  key?: CryptoKey | undefined;
  /** Called once if the check is still running after SLOW_CHECK_MS. */
  onSlow?: () => void;
  /** For tests: what starts the worker. */
  start?: () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;
  timeLimitMs?: number;
}

/**
 * Reads and checks a picked backup file in a Web Worker; never throws. The page stays responsive
 * whatever the file holds: past the time limit the worker is ended and the file refused ('timed-out').
 */
export function readBackupFileInWorker(file: Blob, options: Options = {}): Promise<BackupCheck> {
  // Checked here too: a file too large to read is refused without starting anything.
  if (file.size > MAX_FILE_BYTES) return Promise.resolve({ ok: false, problem: 'too-large' });
  const {
    key,
    onSlow,
    start = () => startWorker(checkWorkerUrl),
    timeLimitMs = CHECK_TIME_LIMIT_MS,
  } = options;
  return new Promise((resolve) => {
    let worker: ReturnType<typeof start> | undefined;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (checked: BackupCheck) => {
      timers.forEach(clearTimeout);
      worker?.terminate();
      resolve(checked);
    };
    try {
      worker = start();
    } catch {
      return finish({ ok: false, problem: 'unreadable' });
    }
    worker.onmessage = (event: MessageEvent<BackupCheck>) => finish(event.data);
    worker.onerror = () => finish({ ok: false, problem: 'unreadable' });
    if (onSlow) timers.push(setTimeout(onSlow, SLOW_CHECK_MS));
    timers.push(setTimeout(() => finish({ ok: false, problem: 'timed-out' }), timeLimitMs));
    worker.postMessage({ file, key } satisfies CheckJob);
  });
}
