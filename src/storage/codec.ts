import { dropOpen, isDropped, type DroppedBody } from './lock/drop-box';
import { heldKey } from './lock/held-key';
import {
  decryptRecord,
  encryptRecord,
  isEncrypted,
  type EncryptedBody,
  type Place,
} from './lock/record-cipher';
import { StorageError } from './result';
import { OPEN_NUMBERS_KEY, STORES } from './schema';

/**
 * The one place record values are turned into what is written to disk and back. Two forms:
 * `plain-1` (no lock set, and the few values the app needs before an unlock) and `aes-gcm-1`
 * (lock/record-cipher.ts), chosen by whether this page holds the data key (lock/held-key.ts).
 * Whether a lock is set is checked again inside every write's transaction (records.ts), so a
 * page that does not know of a lock can never write a personal record in plain.
 */
export type Sealed = PlainBody | EncryptedBody | DroppedBody;

export interface PlainBody {
  codec: typeof PLAIN;
  data: unknown;
}

export type { Place } from './lock/record-cipher';

const PLAIN = 'plain-1';

/*
 * Stays plain with a lock set: the language, so the rights screens open in the person's language before
 * anyone unlocks (it says which language the phone's owner reads: Settings offers not to keep it at all),
 * the second language and whether to remember the language at all, for the same reason; how soon the app
 * locks by itself once hidden, which must be read while locked (it says only that a lock is set); and,
 * only when the person chose it, the short list of emergency numbers the help screen and the emergency
 * bar call while locked (./open-numbers.ts): its names and numbers are readable by whoever holds the
 * phone, which is the price the person accepted.
 */
const OPEN_WHILE_LOCKED: readonly Place[] = [
  { store: STORES.settings, key: 'language' },
  { store: STORES.settings, key: 'secondLanguage' },
  { store: STORES.settings, key: 'languageMemory' },
  { store: STORES.settings, key: 'autoLock' },
  { store: STORES.settings, key: OPEN_NUMBERS_KEY },
];

/**
 * The phone's own plain settings, the same whichever passphrase opened the app: the language the rights
 * screens open in, and how soon the app locks itself. Kept in the main database, also when the decoy's
 * profile reads or writes them (db.ts), so the decoy locks and speaks as the main profile does.
 */
const PHONE_WIDE: readonly Place[] = OPEN_WHILE_LOCKED.filter((place) => place.key !== OPEN_NUMBERS_KEY);

/** Whether a record is one of the phone's own plain settings, kept in the main database (`PHONE_WIDE`). */
export function isPhoneWide(place: Place): boolean {
  return PHONE_WIDE.some((wide) => wide.store === place.store && wide.key === place.key);
}

/** Whether a record is about the person: sealed with the data key whenever a lock is set. */
export function isPersonal(place: Place): boolean {
  return !OPEN_WHILE_LOCKED.some((open) => open.store === place.store && open.key === place.key);
}

/**
 * Seals a record value for storage at `place`. Call it before a transaction starts: it is async.
 * Opened with the decoy's passphrase, the key held is the decoy's own, and its records go to its own
 * database (db.ts): the codec does not need to know which.
 */
export async function seal(value: unknown, place: Place): Promise<Sealed> {
  const key = heldKey();
  if (!key || !isPersonal(place)) return sealPlain(value);
  return encryptRecord(key.dataKey, key.lockId, place, value);
}

/**
 * The version-2 on-disk form, for migrations: they run inside the upgrade transaction, where
 * nothing asynchronous but IndexedDB itself may be awaited.
 */
export function sealPlain(value: unknown): PlainBody {
  return { codec: PLAIN, data: value };
}

/** Whether `sealed` is a plain record. */
export function isPlain(sealed: unknown): sealed is PlainBody {
  return typeof sealed === 'object' && sealed !== null && 'codec' in sealed && sealed.codec === PLAIN;
}

/**
 * Opens a sealed value. Refuses with a `StorageError('locked')` a sealed record while no key is held,
 * and with a `DataError` anything that does not open: an unknown format, another
 * lock, another key (the other profile's), another place, one changed byte. Never throws anything else.
 */
export async function unseal(sealed: unknown, place: Place): Promise<unknown> {
  if (isPlain(sealed)) return sealed.data;
  if (isEncrypted(sealed)) {
    const key = heldKey();
    if (!key) throw new StorageError('locked');
    // Sealed under a lock that is no longer this one's: no passphrase opens it (as good as damaged).
    if (key.lockId !== sealed.lock) throw new DOMException('A record of another lock', 'DataError');
    return decryptRecord(key.dataKey, place, sealed);
  }
  if (isDropped(sealed)) {
    // Saved without unlocking: only the drop box's private half opens it, which the passphrase opens.
    const key = heldKey();
    if (!key?.dropBoxKey || key.profile !== 'main') throw new StorageError('locked');
    if (key.lockId !== sealed.lock) throw new DOMException('A record of another lock', 'DataError');
    return dropOpen(key.dropBoxKey, place, sealed);
  }
  throw new DOMException('A stored record has an unknown format', 'DataError');
}
