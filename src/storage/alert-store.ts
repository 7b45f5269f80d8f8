import * as v from 'valibot';
import {
  AlertSchema,
  isSituation,
  isStoredAlert,
  isStoredSender,
  SENDER_KEY,
  SenderSchema,
  type Sender,
  type Alert,
  type Situation,
  type StoredAlert,
} from './alert-record';
import type { StoredContact } from './contact-record';
import { emergencyNumbersNow, refreshOpenNumbers } from './open-numbers';
import { readAll } from './read-records';
import { commit } from './records';
import { attempt, StorageError, type StorageResult } from './result';
import { STORES } from './schema';
import { watched } from './watched';

/** An alert as read, with the revision a later save must be based on. */
export interface SavedAlert extends StoredAlert {
  rev: number;
}

export interface AlertList {
  alerts: Map<Situation, SavedAlert>;
  /** The name "my name" is filled with, and its revision (`undefined`: none saved yet). */
  sender: Sender & { rev: number | undefined };
  /** Records that could not be read (damaged): reported, never dropped. */
  unreadable: number;
}

/** Every situation set up so far. */
export function loadAlerts(): Promise<StorageResult<AlertList>> {
  return attempt(async () => {
    const isRecord = (value: unknown): value is unknown => isStoredAlert(value) || isStoredSender(value);
    const { records, unreadable } = await readAll(STORES.alerts, isRecord);
    const alerts = new Map<Situation, SavedAlert>();
    let sender: AlertList['sender'] = { name: '', rev: undefined };
    let wrong = 0;
    for (const { key, rev, value } of records) {
      if (isSituation(key) && isStoredAlert(value)) alerts.set(key, { ...value, rev });
      else if (key === SENDER_KEY && isStoredSender(value)) sender = { name: value.name, rev };
      else wrong += 1; // a record under the wrong key: damaged
    }
    return { alerts, sender, unreadable: unreadable + wrong };
  });
}

/** The alert set-up, kept current on screen (src/ui/use-stored.ts). */
export const watchedAlerts = watched([STORES.alerts], loadAlerts);

/**
 * Saves one situation's set-up; `rev` is the revision it was read at (`undefined`: none saved yet).
 * Refused as 'stale' when another tab saved it meanwhile. A backup file's mark is dropped: the person
 * has now checked it.
 */
export function saveAlert(
  situation: Situation,
  alert: Alert,
  rev: number | undefined,
): Promise<StorageResult<SavedAlert>> {
  return attempt(async () => {
    // Only the set-up's own fields: a read copy's revision and backup mark are not stored.
    const { messages, usePlanMessage, recipients } = alert;
    const result = v.safeParse(AlertSchema, { messages, usePlanMessage, recipients }, { abortEarly: true });
    if (!result.success) throw new StorageError('invalid');
    const revisions = await commit(STORES.alerts, [
      { key: situation, value: result.output, expectedRev: rev },
    ]);
    await refreshOpenNumbers(); // its recipients are on the open list, if the person chose one
    return { ...result.output, rev: revisions.get(situation) ?? 1 };
  });
}

/** Saves the name "my name" is filled with; `rev` as for `saveAlert`. */
export function saveSender(sender: Sender, rev: number | undefined): Promise<StorageResult<number>> {
  return attempt(async () => {
    const result = v.safeParse(SenderSchema, { name: sender.name }, { abortEarly: true });
    if (!result.success) throw new StorageError('invalid');
    const revisions = await commit(STORES.alerts, [
      { key: SENDER_KEY, value: result.output, expectedRev: rev },
    ]);
    return revisions.get(SENDER_KEY) ?? 1;
  });
}

/**
 * The people the alert may show while this page holds no key: the lock's "emergency numbers usable while
 * locked" list (./open-numbers.ts), which holds the alert's recipients beside the lawyer, the local line
 * and the first contacts, if the person chose it; none otherwise.
 */
export function recipientsOpenWhileLocked(): Promise<
  StorageResult<Pick<StoredContact, 'id' | 'name' | 'phones' | 'role' | 'landline'>[]>
> {
  return attempt(async () => {
    const now = await emergencyNumbersNow();
    return now.ok && now.value.from === 'open-list' ? now.value.contacts : [];
  });
}
