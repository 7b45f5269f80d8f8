/**
 * The one place record values are turned into what is written to disk and back. Today the
 * seal is plain structured data; encryption at rest can become a new `codec` tag here (async,
 * hence the promises) without any store or feature changing.
 */
export interface Sealed {
  codec: typeof PLAIN;
  data: unknown;
}

const PLAIN = 'plain-1';

/** Seals a record value for storage. Call it before a transaction starts: it may be async. */
export async function seal(value: unknown): Promise<Sealed> {
  return sealPlain(value);
}

/**
 * The version-2 on-disk form, for migrations: they run inside the upgrade transaction, where
 * nothing asynchronous but IndexedDB itself may be awaited.
 */
export function sealPlain(value: unknown): Sealed {
  return { codec: PLAIN, data: value };
}

/** Opens a sealed value; throws a `DataError` for anything this version cannot read. */
export async function unseal(sealed: unknown): Promise<unknown> {
  if (typeof sealed === 'object' && sealed !== null && 'codec' in sealed && sealed.codec === PLAIN) {
    return (sealed as Sealed).data;
  }
  throw new DOMException('A stored record has an unknown format', 'DataError');
}
