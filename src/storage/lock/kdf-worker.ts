import { argon2Bytes } from './argon2';
import type { KdfJob } from './run-argon2';

/**
 * The Web Worker that runs Argon2 (run-argon2.ts starts one per derivation), so the page keeps painting
 * during the second or so it takes on a slow phone. Answers with the derived bytes, or `null`.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<KdfJob>) => void) | null;
  postMessage(message: Uint8Array | null, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = ({ data }) => {
  argon2Bytes(data.password, data.salt, data.params).then(
    (bytes) => scope.postMessage(bytes, [bytes.buffer]),
    () => scope.postMessage(null),
  );
};
