import { readMediaFile, type MediaCheck } from './media-read';
import type { MediaJob, MediaMessage } from './read-media-in-worker';

/**
 * The Web Worker that reads and checks a picked media file (read-media-in-worker.ts starts it), as
 * check-worker.ts does for the backup file: the page never reads, hashes or decrypts the file, and keeps
 * painting its progress. The checked photos and videos go back as Blobs (slices of the picked file, or
 * the opened bytes of an encrypted one).
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<MediaJob>) => void) | null;
  postMessage(message: MediaMessage): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { file, key } = event.data;
  void readMediaFile(file, key, (progress) => scope.postMessage({ progress })).then((checked: MediaCheck) =>
    scope.postMessage({ checked }),
  );
};
