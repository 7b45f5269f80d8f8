import { useCallback, useEffect, useState } from 'preact/hooks';
import { onChange } from '../../storage/changes';
import { listContacts, type SavedContact } from '../../storage/contacts-store';
import type { StorageProblem } from '../../storage/result';

export interface ContactsState {
  /** `undefined` while the first read is running. */
  contacts: SavedContact[] | undefined;
  unreadable: number;
  loadProblem: StorageProblem | undefined;
  reload: () => Promise<SavedContact[] | undefined>;
}

let reading: ReturnType<typeof listContacts> | undefined;

/**
 * One read for every list that appears at the same moment (a plan section shows several contact
 * pickers): they share the read in flight instead of each reading the whole store.
 */
function readShared(): ReturnType<typeof listContacts> {
  reading ??= listContacts().finally(() => {
    reading = undefined;
  });
  return reading;
}

/** The saved contacts, kept current when this tab or another one changes them. */
export function useContacts(): ContactsState {
  const [contacts, setContacts] = useState<SavedContact[] | undefined>(undefined);
  const [unreadable, setUnreadable] = useState(0);
  const [loadProblem, setLoadProblem] = useState<StorageProblem | undefined>(undefined);

  const show = useCallback(async (read: () => ReturnType<typeof listContacts>) => {
    const result = await read();
    if (!result.ok) {
      setLoadProblem(result.problem);
      setContacts((shown) => shown ?? []);
      return undefined;
    }
    setLoadProblem(undefined);
    setContacts(result.value.contacts);
    setUnreadable(result.value.unreadable);
    return result.value.contacts;
  }, []);

  useEffect(() => {
    void show(readShared);
    // After a change (here or in another tab) each list reads afresh: a read already in flight
    // may have started before the change was written.
    return onChange('contacts', () => void show(listContacts));
  }, [show]);

  const reload = useCallback(() => show(listContacts), [show]);

  return { contacts, unreadable, loadProblem, reload };
}
