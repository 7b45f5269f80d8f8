import { watchedContacts, type SavedContact } from '../storage/contacts-store';
import type { StorageProblem } from '../storage/result';
import { useStored } from './use-stored';

export interface ContactsState {
  /** In calling order; `undefined` while the first read is running. */
  contacts: SavedContact[] | undefined;
  unreadable: number;
  loadProblem: StorageProblem | undefined;
  /** Reads again; resolves to the newest list, or `undefined` if the read failed. */
  reload: () => Promise<SavedContact[] | undefined>;
}

/**
 * The saved contacts, for every screen that lists or picks them, kept current when this tab or
 * another one changes them. A failed read keeps what was shown (nothing yet: an empty list).
 */
export function useContacts(): ContactsState {
  const { result, value, reload } = useStored(watchedContacts);
  return {
    contacts: value?.contacts ?? (result ? [] : undefined),
    unreadable: value?.unreadable ?? 0,
    loadProblem: result?.ok === false ? result.problem : undefined,
    reload: () => reload().then((next) => (next.ok ? next.value.contacts : undefined)),
  };
}
