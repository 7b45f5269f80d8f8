/**
 * How one record is encrypted: AES-256-GCM with a random 96-bit IV per write, the value as JSON, and
 * associated data naming the lock, the store and the record key, so a record copied to another store,
 * another key or another lock's database does not decrypt (GCM refuses it like a changed byte).
 * Random IVs: at 2^32 writes under one key the chance of a repeat reaches 2^-32 (NIST SP 800-38D);
 * a family's phone writes thousands.
 */
export const ENCRYPTED = 'aes-gcm-1';

export interface EncryptedBody {
  codec: typeof ENCRYPTED;
  /** The lock this record was sealed under (`KeySlots.lockId`, not secret). */
  lock: string;
  iv: Uint8Array;
  data: Uint8Array;
}

/** Where a record lives: bound into its encryption. Store names and keys are never personal. */
export interface Place {
  store: string;
  key: string;
}

const IV_BYTES = 12;

function associatedData(lock: string, place: Place): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(['record', lock, place.store, place.key]));
}

/** Encrypts `value` for `place` under the data key of lock `lock`. */
export async function encryptRecord(
  dataKey: CryptoKey,
  lock: string,
  place: Place,
  value: unknown,
): Promise<EncryptedBody> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = await encode(value);
  const additionalData = associatedData(lock, place);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, dataKey, plain);
  return { codec: ENCRYPTED, lock, iv, data: new Uint8Array(data) };
}

/** Whether `body` has the encrypted form (nothing about whether it opens). */
export function isEncrypted(body: unknown): body is EncryptedBody {
  if (typeof body !== 'object' || body === null) return false;
  const { codec, lock, iv, data } = body as Partial<EncryptedBody>;
  return (
    codec === ENCRYPTED &&
    typeof lock === 'string' &&
    iv instanceof Uint8Array &&
    iv.length === IV_BYTES &&
    data instanceof Uint8Array
  );
}

/**
 * The record's value; a `DataError` for anything that does not open: another key, another place, one
 * changed byte anywhere (IV, data, tag or lock), or text that is not JSON. Any other failure is thrown as
 * it is.
 */
export async function decryptRecord(dataKey: CryptoKey, place: Place, body: EncryptedBody): Promise<unknown> {
  try {
    const additionalData = associatedData(body.lock, place);
    const iv = new Uint8Array(body.iv);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData },
      dataKey,
      new Uint8Array(body.data),
    );
    return decode(new Uint8Array(plain));
  } catch (error) {
    if (!doesNotOpen(error)) throw error;
    throw new DOMException('A stored record does not open with this key', 'DataError');
  }
}

/**
 * Whether a failure says the bytes do not open (GCM's check, a malformed key or value), not that the call
 * itself failed (memory, a closing tab): a record the lock's removal would delete as one no key opens.
 */
export function doesNotOpen(error: unknown): boolean {
  if (error instanceof DOMException) return error.name === 'OperationError' || error.name === 'DataError';
  return error instanceof SyntaxError || error instanceof TypeError || error instanceof RangeError;
}

/*
 * A value holding a file (a photo: `{ …, type, bytes: Blob }`, ../incident-record.ts) is sealed as one
 * NUL byte (JSON never starts with one), the rest's JSON length (4 bytes), that JSON, then the file's
 * bytes as they are: no base64, which would make a video a third larger in memory and on disk.
 */
const WITH_FILE = 0;

function hasFile(value: unknown): value is { bytes: Blob; type?: unknown } {
  return typeof value === 'object' && value !== null && 'bytes' in value && value.bytes instanceof Blob;
}

/** A value as the bytes a seal encrypts (a file's bytes after its JSON). */
export async function encode(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  if (!hasFile(value)) return new TextEncoder().encode(JSON.stringify(value));
  const { bytes, ...rest } = value;
  const json = new TextEncoder().encode(JSON.stringify(rest));
  const file = new Uint8Array(await bytes.arrayBuffer());
  const out = new Uint8Array(5 + json.length + file.length);
  out[0] = WITH_FILE;
  new DataView(out.buffer).setUint32(1, json.length);
  out.set(json, 5);
  out.set(file, 5 + json.length);
  return out;
}

/** The value `encode` made the bytes of. */
export function decode(plain: Uint8Array<ArrayBuffer>): unknown {
  const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (plain[0] !== WITH_FILE) return JSON.parse(text(plain));
  const length = new DataView(plain.buffer, plain.byteOffset).getUint32(1);
  const rest: unknown = JSON.parse(text(plain.subarray(5, 5 + length)));
  if (typeof rest !== 'object' || rest === null) throw new TypeError('Not a value with a file');
  const type = 'type' in rest && typeof rest.type === 'string' ? rest.type : '';
  return { ...rest, bytes: new Blob([plain.subarray(5 + length)], { type }) };
}
