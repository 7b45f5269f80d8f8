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

/** The saved contacts, kept current when this tab or another one changes them. */
export function useContacts(): ContactsState {
  const [contacts, setContacts] = useState<SavedContact[] | undefined>(undefined);
  const [unreadable, setUnreadable] = useState(0);
  const [loadProblem, setLoadProblem] = useState<StorageProblem | undefined>(undefined);

  const reload = useCallback(async () => {
    const result = await listContacts();
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
    void reload();
    return onChange('contacts', () => void reload());
  }, [reload]);

  return { contacts, unreadable, loadProblem, reload };
}
