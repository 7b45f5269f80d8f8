import { startWorker } from '../../shared/script-url';
import mediaWorkerUrl from './media-worker?worker-chunk';
import { MAX_MEDIA_FILE_BYTES } from './media-format';
import type { MediaCheck } from './media-read';

/**
 * A media file may be 200 MB and a phone slow: there is no limit on the whole read, but one on the time
 * between two steps of it (an item hashed or a chunk opened; 1 MiB chunks, items up to the file's size).
 */
export const MEDIA_STALL_MS = 60_000;

export interface MediaJob {
  file: Blob;
  key?: CryptoKey | undefined;
}

export type MediaMessage = { progress: number } | { checked: MediaCheck };

interface Options {
  key?: CryptoKey | undefined;
  /** How much of the file is read, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** For tests: what starts the worker. */
  start?: () => Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;
}

/** Reads and checks a picked media file in a Web Worker (media-worker.ts); never throws. */
export function readMediaFileInWorker(file: Blob, options: Options = {}): Promise<MediaCheck> {
  if (file.size > MAX_MEDIA_FILE_BYTES) return Promise.resolve({ ok: false, problem: 'too-large' });
  const { key, onProgress, start = () => startWorker(mediaWorkerUrl) } = options;
  return new Promise((resolve) => {
    let worker: ReturnType<typeof start> | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (checked: MediaCheck) => {
      clearTimeout(timer);
      worker?.terminate();
      resolve(checked);
    };
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ ok: false, problem: 'timed-out' }), MEDIA_STALL_MS);
    };
    try {
      worker = start();
    } catch {
      return finish({ ok: false, problem: 'unreadable' });
    }
    worker.onmessage = (event: MessageEvent<MediaMessage>) => {
      if ('checked' in event.data) return finish(event.data.checked);
      wait();
      onProgress?.(event.data.progress);
    };
    worker.onerror = () => finish({ ok: false, problem: 'unreadable' });
    wait();
    worker.postMessage({ file, key } satisfies MediaJob);
  });
}
