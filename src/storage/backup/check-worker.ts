import type { CheckJob } from './read-in-worker';
import { readBackupFile, type BackupCheck } from './read-file';

/**
 * The Web Worker that reads and checks a picked backup file (read-in-worker.ts starts it), so a
 * crafted file can never freeze the screen: the page waits for one answer and ends the worker when
 * it takes too long. Built as one more entry of the app (`?worker-chunk`, build/module-workers.ts), and
 * started with the app's Trusted Types policy. An encrypted file is opened here too, with the key the
 * page derived (a CryptoKey, non-extractable, passes to a worker as it is): the page never parses it.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckJob>) => void) | null;
  postMessage(message: BackupCheck): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  void readBackupFile(event.data.file, event.data.key).then((checked) => scope.postMessage(checked));
};
