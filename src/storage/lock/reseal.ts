import { isPersonal, isPlain, sealPlain, type Sealed } from '../codec';
import { readRows, type PlacedRow } from '../read-records';
import { inOneTransaction } from '../records';
import { StorageError } from '../result';
import { DROP_BOX_KEY, KEY_SLOTS_KEY, META, OPEN_NUMBERS_KEY, STORES, type StoreName } from '../schema';
import { lockOnDisk } from './disk-lock';
import type { KeySlots } from './key-slots';
import { decryptRecord, encryptRecord, isEncrypted } from './record-cipher';
import { dropOpen, isDropped, type DropBox } from './drop-box';

/** A data key and the lock it belongs to. */
export interface LockKey {
  dataKey: CryptoKey;
  lockId: string;
}

/** What the job changes: records from one seal to another, and the key slots with them. */
export interface Reseal {
  /** The key records are sealed with now; `undefined`: they are plain (no lock yet). */
  from: LockKey | undefined;
  /** The key to seal them with; `undefined`: plain (the lock is being removed). */
  to: LockKey | undefined;
  /** The lock the job expects on disk when it writes: 'none', or a lock's id. */
  expect: string;
  /** The key slots to store in the same transaction; `undefined` deletes them, 'keep' leaves them. */
  keySlots: KeySlots | undefined | 'keep';
  /** A drop box to store in the same transaction (deleted with the key slots). */
  dropBox?: DropBox;
  /** The drop box's private half: records saved while locked are opened with it and sealed like the rest. */
  dropBoxKey?: CryptoKey | undefined;
  /** Writes the key slots alone, no record (a passphrase change with the decoy's). */
  slotsOnly?: boolean;
}

const ALL: readonly StoreName[] = Object.values(STORES);
const TRIES = 3;

/**
 * Re-seals every personal record (`isPersonal`) of the main database (the decoy's never changes seal:
 * its key stays its own; lock/second-db.ts) from one key to another and writes the key slots, all in
 * ONE transaction: killed or failing at any point before it commits, nothing has changed (every record
 * still in its old seal, the old key slots); once it commits, every personal record is in the new seal.
 * Records are sealed before the transaction (WebCrypto cannot be awaited inside one); the transaction then
 * checks that no record changed, appeared or went away in between (another tab saved), and if one did,
 * starts again from a fresh read (at most 3 times, then `stale`).
 * A record the old key cannot open stays as it is while a lock stays set (it is sealed already, and may be
 * damaged or the decoy's); when the lock is removed it is deleted, since no key will ever open it again.
 * Setting a lock and removing one also delete the open list of emergency numbers (../open-numbers.ts)
 * in the same transaction: a new lock starts with it closed until the person chooses, and without a
 * lock there is nothing for it to stay open beside.
 * Returns how many records were re-sealed.
 */
export async function resealAll(
  job: Reseal,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const { rows } = await readRows(ALL);
    const planned = job.slotsOnly ? [] : await plan(rows, job, onProgress);
    if (planned.length === 0 && job.keySlots === 'keep' && !job.dropBox) return 0; // nothing to write
    try {
      await inOneTransaction(
        ALL,
        'all',
        async (tx) => {
          if ((await lockOnDisk(tx)) !== job.expect) throw new StorageError('locked');
          for (const store of ALL) {
            const keys = (await tx.objectStore(store).getAllKeys()).map(String);
            const before = rows.filter((row) => row.store === store);
            if (keys.length !== before.length) throw new StorageError('stale');
            for (const { key, row } of before) {
              if ((await tx.objectStore(store).get(key as never))?.rev !== row.rev)
                throw new StorageError('stale');
            }
          }
          for (const { store, key, row, body } of planned) {
            if (body) await tx.objectStore(store).put({ ...row, body }, key as never);
            else await tx.objectStore(store).delete(key as never);
          }
          if (!job.from || !job.to) await tx.objectStore(STORES.settings).delete(OPEN_NUMBERS_KEY);
          if (job.keySlots === undefined) {
            await tx.objectStore(META).delete(KEY_SLOTS_KEY);
            await tx.objectStore(META).delete(DROP_BOX_KEY);
          } else if (job.keySlots !== 'keep') await tx.objectStore(META).put(job.keySlots, KEY_SLOTS_KEY);
          if (job.dropBox) await tx.objectStore(META).put(job.dropBox, DROP_BOX_KEY);
        },
        'main',
      );
      return planned.length;
    } catch (error) {
      if (!(error instanceof StorageError && error.problem === 'stale') || attempt === TRIES) throw error;
    }
  }
}

/** Each personal row not yet in the seal `job.to` asks for, with its new body (`undefined`: delete it). */
async function plan(
  rows: PlacedRow[],
  job: Reseal,
  onProgress?: (done: number, total: number) => void,
): Promise<(PlacedRow & { body: Sealed | undefined })[]> {
  const todo = rows.filter(
    ({ store, key, row }) => isPersonal({ store, key }) && !inTarget(row.body, job.to),
  );
  const planned: (PlacedRow & { body: Sealed | undefined })[] = [];
  for (const [index, placed] of todo.entries()) {
    const place = { store: placed.store, key: placed.key };
    const value = await open(placed.row.body, place, job.from, job.dropBoxKey);
    if (value === UNOPENED) {
      if (!job.to) planned.push({ ...placed, body: undefined });
    } else {
      const body = job.to
        ? await encryptRecord(job.to.dataKey, job.to.lockId, place, value)
        : sealPlain(value);
      planned.push({ ...placed, body });
    }
    onProgress?.(index + 1, todo.length);
  }
  return planned;
}

function inTarget(body: unknown, to: LockKey | undefined): boolean {
  return to ? isEncrypted(body) && body.lock === to.lockId : isPlain(body);
}

const UNOPENED = Symbol('unopened');

async function open(
  body: unknown,
  place: { store: string; key: string },
  from: LockKey | undefined,
  dropBoxKey: CryptoKey | undefined,
) {
  if (isPlain(body)) return body.data;
  if (isDropped(body))
    return dropBoxKey && from && body.lock === from.lockId
      ? dropOpen(dropBoxKey, place, body).catch(unopened)
      : UNOPENED;
  if (!from || !isEncrypted(body) || body.lock !== from.lockId) return UNOPENED;
  return decryptRecord(from.dataKey, place, body).catch(unopened);
}

/** A record that does not open is UNOPENED; any other failure ends the job (removing the lock would delete it). */
function unopened(error: unknown): typeof UNOPENED {
  if (error instanceof DOMException && error.name === 'DataError') return UNOPENED;
  throw error;
}
