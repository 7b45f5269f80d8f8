import * as v from 'valibot';
import {
  byCallingOrder,
  isStoredContact,
  StoredContactSchema,
  type Contact,
  type StoredContact,
} from './contact-record';
import { withoutMark } from './from-file';
import { refreshOpenNumbers } from './open-numbers';
import { readAll } from './read-records';
import { commit, type Change } from './records';
import { attempt, StorageError, type StorageResult } from './result';
import { STORES } from './schema';
import { watched } from './watched';

/** A contact as read from the device, with the revision a later save must be based on. */
export interface SavedContact extends StoredContact {
  rev: number;
}

/** What the form gives: everything but the id and place in the list, which the store assigns. */
export type ContactDraft = Omit<Contact, 'id' | 'order'>;

export interface ContactList {
  contacts: SavedContact[];
  /** Records on the device that could not be read (damaged): reported, never dropped. */
  unreadable: number;
}

/*
 * Every write below ends with `refreshOpenNumbers`: with the person's choice on, the short list of
 * emergency numbers kept open while locked (./open-numbers.ts) follows the contacts it was made from.
 */

/** Every contact, in calling order. */
export function listContacts(): Promise<StorageResult<ContactList>> {
  return attempt(async () => {
    const { records, unreadable } = await readAll(STORES.contacts, isStoredContact);
    const contacts = records.map(({ rev, value }) => ({ ...value, rev })).sort(byCallingOrder);
    return { contacts, unreadable };
  });
}

/** Every contact, in calling order, kept current on screen (src/ui/use-stored.ts). */
export const watchedContacts = watched([STORES.contacts], listContacts);

/** Adds a contact at the end of the list. */
export function addContact(draft: ContactDraft, after: SavedContact[]): Promise<StorageResult<SavedContact>> {
  const order = after.reduce((last, contact) => Math.max(last, contact.order + 1), 0);
  return attempt(async () => {
    const contact = checked({ ...draft, id: newId(), order });
    const revisions = await commit(STORES.contacts, [
      { key: contact.id, value: contact, expectedRev: undefined },
    ]);
    await refreshOpenNumbers();
    return { ...contact, rev: revisions.get(contact.id) ?? 1 };
  });
}

/**
 * Saves an edited contact; refused as 'stale' if another tab changed or deleted it meanwhile. The
 * person has now checked it: a backup file's mark (`fromFile`) is dropped.
 */
export function updateContact(contact: SavedContact): Promise<StorageResult<SavedContact>> {
  return attempt(async () => {
    const { rev, ...fields } = contact;
    const value = checked(withoutMark(fields));
    const revisions = await commit(STORES.contacts, [{ key: value.id, value, expectedRev: rev }]);
    await refreshOpenNumbers();
    return { ...value, rev: revisions.get(value.id) ?? rev + 1 };
  });
}

/**
 * Deletes a contact, and in the same transaction its practice counts (they would linger unseen and go
 * into backups). Keep the returned copy to offer "Undo", which brings back the contact, not the counts.
 */
export function deleteContact(contact: SavedContact): Promise<StorageResult<void>> {
  return attempt(async () => {
    await commit(STORES.contacts, [
      { key: contact.id, expectedRev: contact.rev },
      { key: contact.id, expectedRev: 'any', store: STORES.practice },
    ]);
    await refreshOpenNumbers();
  });
}

/** Puts back a contact just deleted ("Undo"), where it was in the list. */
export function restoreContact(contact: SavedContact): Promise<StorageResult<SavedContact>> {
  return attempt(async () => {
    const value = checked(withoutRevision(contact));
    const revisions = await commit(STORES.contacts, [{ key: value.id, value, expectedRev: undefined }]);
    await refreshOpenNumbers();
    return { ...value, rev: revisions.get(value.id) ?? 1 };
  });
}

/**
 * Moves a contact one place up (-1) or down (+1) in calling order, renumbering the list in one
 * transaction; refused as 'stale' if any contact changed in another tab since `contacts` was read.
 */
export function moveContact(
  contacts: SavedContact[],
  id: string,
  step: -1 | 1,
): Promise<StorageResult<void>> {
  return attempt(async () => {
    const from = contacts.findIndex((contact) => contact.id === id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= contacts.length) return;
    const reordered = [...contacts];
    const [moved] = reordered.splice(from, 1);
    if (moved) reordered.splice(to, 0, moved);
    const changes: Change[] = [];
    reordered.forEach(({ rev, ...fields }, order) => {
      if (fields.order !== order)
        changes.push({ key: fields.id, value: { ...fields, order }, expectedRev: rev });
    });
    await commit(STORES.contacts, changes);
    await refreshOpenNumbers();
  });
}

/** The record as it will be stored (trimmed), or an 'invalid' refusal before anything is written. */
function checked(fields: StoredContact): StoredContact {
  const result = v.safeParse(StoredContactSchema, fields, { abortEarly: true });
  if (!result.success) throw new StorageError('invalid');
  return result.output;
}

function withoutRevision({ rev, ...fields }: SavedContact): StoredContact {
  void rev;
  return fields;
}

function newId(): string {
  return crypto.randomUUID();
}
