import { startWorker } from '../../shared/script-url';
import type { KdfParams } from './kdf';
import kdfWorkerUrl from './kdf-worker?worker-chunk';

/** What the worker is asked to derive. */
export interface KdfJob {
  password: Uint8Array;
  salt: Uint8Array;
  params: KdfParams;
}

/**
 * Argon2 in a Web Worker of its own, ended once it answers: ~1 s at 4x CPU would otherwise freeze the
 * page (no paint, no progress). The worker holds argon2id and fetches its WASM, so the page itself loads none of it.
 * Unit tests (Node: no Worker) replace this module with the same derivation in place (tests/unit/setup.ts).
 */
export function runArgon2(job: KdfJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(kdfWorkerUrl);
    const done = () => worker.terminate();
    worker.onmessage = ({ data }: MessageEvent<Uint8Array | null>) => {
      done();
      if (data instanceof Uint8Array) resolve(data);
      else reject(new DOMException('The key derivation failed', 'OperationError'));
    };
    worker.onerror = () => {
      done();
      reject(new DOMException('The key derivation could not start', 'OperationError'));
    };
    worker.postMessage(job, [job.password.buffer]);
  });
}
