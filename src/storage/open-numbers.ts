import * as v from 'valibot';
import { STORED_PHONE } from '../shared/stored-phone';
import { isStoredAlert, isStoredSender } from './alert-record';
import { seal } from './codec';
import {
  byCallingOrder,
  CONTACT_LIMITS,
  CONTACT_ROLES,
  isStoredContact,
  localLineOf,
  type StoredContact,
} from './contact-record';
import type { SavedContact } from './contacts-store';
import { heldKey } from './lock/held-key';
import { lockOnDisk } from './lock/disk-lock';
import { readAll, readOne, readRows } from './read-records';
import { inOneTransaction, putRow } from './records';
import { attempt, StorageError, type StorageResult } from './result';
import { safeText } from './safe-text';
import { OPEN_NUMBERS_KEY, STORES } from './schema';
import { watched } from './watched';

/*
 * Emergency numbers while locked (issue 11; README, "Emergency numbers while locked"): one choice, the
 * person's. When it is on, a short list (name, number and role of a few contacts, nothing else) is kept
 * plain beside the sealed records, so the help screen and the emergency bar can call them while locked.
 * The record's presence IS the choice: there is no "on" without its list, nor a list left behind "off".
 */

const PLACE = { store: STORES.settings, key: OPEN_NUMBERS_KEY } as const;

/**
 * How many of the first contacts in calling order the list keeps: the emergency bar calls the first;
 * two more are who a person tries next when no one answers, and the list stays short, since a stranger
 * holding the phone reads every name on it.
 */
export const FIRST_CONTACTS = 3;

/** One number on the open list: all it keeps of a contact. */
const OpenNumberSchema = v.strictObject({
  name: v.pipe(safeText, v.minLength(1), v.maxLength(CONTACT_LIMITS.name)),
  /** E.164, with an extension as stored (src/shared/stored-phone.ts): the contact's first number. */
  number: v.pipe(v.string(), v.regex(STORED_PHONE)),
  role: v.picklist(CONTACT_ROLES),
  /**
   * A landline (it takes no texts: the locked alert offers a call). Only `true`, absent otherwise, so a
   * list written before it (no such field) reads the same: no landline, until the next rewrite.
   */
  landline: v.optional(v.literal(true)),
});
export type OpenNumber = v.InferOutput<typeof OpenNumberSchema>;

/** Room for the lawyer, the local line, the first contacts and the alert's recipients (issue 13). */
export const OPEN_LIST_ROOM = 20;
const OpenListSchema = v.strictObject({
  numbers: v.pipe(v.array(OpenNumberSchema), v.maxLength(OPEN_LIST_ROOM)),
});
type OpenList = v.InferOutput<typeof OpenListSchema>;
const isOpenList = (value: unknown): value is OpenList => v.is(OpenListSchema, value);
const isAnything = (value: unknown): value is unknown => value !== undefined;

/** Chooses who goes on the list, from the confirmed contacts in calling order. */
export type OpenPick = (contacts: readonly StoredContact[]) => readonly StoredContact[];

/**
 * Who the list holds: the first lawyer, the local rapid-response line (`localLineOf`), the first
 * `FIRST_CONTACTS` contacts, then the alert's recipients (`alertRecipients`: the ids any situation of the
 * alert set-up sends to, read beside the contacts in `writeList`), in that order of priority should they
 * be more than `OPEN_LIST_ROOM`.
 */
export function openPicks(alertRecipients: ReadonlySet<string> = new Set()): readonly OpenPick[] {
  return [
    (contacts) => contacts.filter((contact) => contact.role === 'lawyer').slice(0, 1),
    (contacts) => {
      const line = localLineOf(contacts);
      return line ? [line] : [];
    },
    (contacts) => contacts.slice(0, FIRST_CONTACTS),
    (contacts) => contacts.filter((contact) => alertRecipients.has(contact.id)),
  ];
}
/** The picks with no alert set up. */
export const OPEN_PICKS = openPicks();

/**
 * The open list for `contacts`: each contact `picks` chose, once, in calling order, with its first
 * number. A contact a backup file brought in is left out until the person saves it (a file may come
 * from someone else, and the list has no room for the warning the unlocked screens show beside it).
 */
export function openListOf(contacts: readonly StoredContact[], picks = OPEN_PICKS): OpenNumber[] {
  const confirmed = contacts
    .filter((contact) => contact.fromFile !== true && contact.phones.length > 0)
    .sort(byCallingOrder);
  const chosen = new Set([...new Set(picks.flatMap((pick) => pick(confirmed)))].slice(0, OPEN_LIST_ROOM));
  return confirmed
    .filter((contact) => chosen.has(contact))
    .map(({ name, phones, role, landline }) => ({
      name,
      number: phones[0] ?? '',
      role,
      ...(landline === true && { landline }),
    }));
}

/**
 * Whether the person chose to keep the list open while locked. Needs no key. Read from the main database
 * in either profile, as the main passphrase would see it: the decoy's Settings ask the same question with
 * the same answer (a question missing, or answered otherwise, would tell a watcher which profile it is).
 */
export function numbersOpenWhileLocked(): Promise<StorageResult<boolean>> {
  return attempt(async () => (await readOne(PLACE.store, PLACE.key, isAnything, 'main')) !== undefined);
}

/** The choice, kept current on screen (src/ui/use-stored.ts). */
export const watchedOpenChoice = watched([STORES.settings], numbersOpenWhileLocked);

/**
 * The person's choice. On: the list is written from the records now, which needs a lock set (else
 * `invalid`) and this page unlocked with the main passphrase (else `locked`). Off: the list is deleted,
 * also while locked (no key is needed to close it). Opened with the decoy's passphrase, either answer is
 * refused as `locked` with nothing written, as `removeLock` refuses it (lock-store.ts): the list is the
 * main profile's, and the decoy deletes nothing of it.
 */
export function chooseOpenNumbers(open: boolean): Promise<StorageResult<void>> {
  return attempt(async () => {
    if (heldKey()?.profile === 'decoy') throw new StorageError('locked');
    if (!open) return closeList();
    if (heldKey()?.profile === 'main') return writeList(false);
    const lockSet = (await readRows([])).keySlots !== undefined;
    throw new StorageError(lockSet ? 'locked' : 'invalid');
  });
}

/**
 * After the contacts changed on this page (a save, a move, a deletion, an import, an unlock that found
 * records an older tab wrote): rewrites the list from the records, if the person chose it. Nothing to do
 * while locked, in the decoy's profile, or with the choice off; never throws (the next change or unlock
 * writes it again).
 */
export async function refreshOpenNumbers(): Promise<void> {
  if (heldKey()?.profile !== 'main') return;
  await writeList(true).catch(() => undefined);
}

async function writeList(onlyIfChosen: boolean): Promise<void> {
  const [{ records, unreadable }, alerts] = await Promise.all([
    readAll(STORES.contacts, isStoredContact),
    readAll(STORES.alerts, (value): value is unknown => isStoredAlert(value) || isStoredSender(value)),
  ]);
  // A contact or an alert that cannot be read now might hold one the list keeps: keep the list as it is.
  if ((unreadable > 0 || alerts.unreadable > 0) && onlyIfChosen) return;
  const recipients = new Set(
    alerts.records.flatMap(({ value }) => (isStoredAlert(value) ? value.recipients : [])),
  );
  const contacts = records.map(({ value }) => value);
  const body = await seal({ numbers: openListOf(contacts, openPicks(recipients)) }, PLACE);
  await inOneTransaction(
    [STORES.settings],
    STORES.settings,
    async (tx) => {
      // The list exists only beside a lock: set with none, it would outlive the lock's removal.
      if ((await lockOnDisk(tx)) === 'none') throw new StorageError('invalid');
      const current = await tx.objectStore(PLACE.store).get(PLACE.key);
      // Turned off in another tab meanwhile: a refresh must not open it again.
      if (onlyIfChosen && !current) return;
      await putRow(tx, PLACE, (current?.rev ?? 0) + 1, body);
    },
    'main',
  );
}

/**
 * Deletes the list. IndexedDB offers no way to overwrite a value's bytes in place: Chromium's LevelDB
 * appends every write, a blank written over the list included, and keeps the old bytes until it
 * compacts (README, "Emergency numbers while locked"), so a delete is all a page can do.
 */
async function closeList(): Promise<void> {
  await inOneTransaction(
    [STORES.settings],
    STORES.settings,
    async (tx) => {
      await tx.objectStore(PLACE.store).delete(PLACE.key);
    },
    'main',
  );
}

/** A contact the emergency screens may call: a saved contact, or one entry of the open list. */
export type CallableContact = Pick<
  StoredContact,
  'id' | 'name' | 'phones' | 'role' | 'fromFile' | 'landline'
>;

/**
 * What the emergency screens may show now, `contacts` in the order they are called. 'records': no lock, or
 * unlocked: every contact, as saved; `saved` is the profile's own records, the only ones a screen may
 * change or save beside. They are the same but in the decoy's profile with the open list chosen: there
 * the open list comes first, then the decoy's own contacts, so what a watcher saw while locked is still
 * there after the decoy's unlock. 'open-list': locked, and the person chose to keep the short list open;
 * 'closed': locked, and they did not (or the list cannot be read).
 */
export type EmergencyNumbers =
  | { from: 'records'; contacts: CallableContact[]; saved: SavedContact[] }
  | { from: 'open-list' | 'closed'; contacts: CallableContact[] };

/** The emergency numbers this page may show now: the one answer every screen that calls them asks. */
export function emergencyNumbersNow(): Promise<StorageResult<EmergencyNumbers>> {
  return attempt(async () => {
    try {
      const { records } = await readAll(STORES.contacts, isStoredContact);
      const saved = records.map(({ rev, value }) => ({ ...value, rev })).sort(byCallingOrder);
      if (heldKey()?.profile !== 'decoy') return { from: 'records', contacts: saved, saved };
      // The decoy's profile: the main database's open list (plain, the one thing of the main profile it
      // reads; anything that does not read as one counts as none, so nothing here can fail), then its own.
      const list = await openList().catch(() => undefined);
      return { from: 'records', contacts: [...(list ?? []), ...saved], saved };
    } catch (error) {
      if (!(error instanceof StorageError && error.problem === 'locked')) throw error;
    }
    const list = await openList().catch((error: unknown) => {
      if (error instanceof StorageError && error.problem === 'invalid') return undefined; // damaged: none
      throw error;
    });
    return list ? { from: 'open-list', contacts: list } : { from: 'closed', contacts: [] };
  });
}

/**
 * The open list's numbers as contacts the screens can call, read from the main database (where it alone
 * is kept) whichever profile reads it; `undefined` when the person did not choose it.
 */
async function openList(): Promise<CallableContact[] | undefined> {
  const list = await readOne(PLACE.store, PLACE.key, isOpenList, 'main');
  return list?.value.numbers.map(({ name, number, role, landline }, index) => ({
    id: `open-${index}`,
    name,
    phones: [number],
    role,
    ...(landline && { landline }),
  }));
}

/** `emergencyNumbersNow`, read again after a save in another tab, an unlock or a lock. */
export const watchedEmergencyNumbers = watched([STORES.contacts, STORES.settings], emergencyNumbersNow);
