// @vitest-environment happy-dom
// (deleting all data must empty Web Storage too, and Node has no localStorage)
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { closeChanges, onChange } from '../../src/storage/changes';
import { unseal } from '../../src/storage/codec';
import { addContact, listContacts } from '../../src/storage/contacts-store';
import { closeDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { deleteAllData } from '../../src/storage/wipe';
import { useFreshDatabase } from './support/fresh-db';

const CHANNEL = 'defend-your-rights-changes';
const draft = {
  name: 'Ana',
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
} as const;

describe('storage shared between tabs', () => {
  useFreshDatabase();
  afterEach(() => closeChanges());

  it('tells other tabs which store changed, and nothing of its content', async () => {
    const otherTab = new BroadcastChannel(CHANNEL);
    const heard = new Promise<unknown>((resolve) => (otherTab.onmessage = (event) => resolve(event.data)));
    await addContact({ ...draft, phones: [...draft.phones] }, []);
    expect(await heard).toBe('contacts');
    otherTab.close();
  });

  it('calls a listener when another tab changes its store, or deletes everything', async () => {
    const calls: string[] = [];
    onChange('contacts', () => calls.push('contacts'));
    onChange('settings', () => calls.push('settings'));
    const otherTab = new BroadcastChannel(CHANNEL);
    otherTab.postMessage('contacts');
    otherTab.postMessage('all');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.sort()).toEqual(['contacts', 'contacts', 'settings']);
    otherTab.close();
  });

  it('refuses to upgrade while another tab holds the old version, and says so', async () => {
    const oldTab = await openDB(DB_NAME, 1, {
      upgrade: (db) => {
        db.createObjectStore('settings');
      },
    });
    // The old tab ignores the request to close, as an app version without a handler would.
    expect(await loadSetting('language')).toEqual({ ok: false, problem: 'blocked' });
    oldTab.close();
    await closeDB();
    expect(await loadSetting('language')).toEqual({ ok: true, value: undefined });
  });

  it('deleting all data empties every store, also while the data is open', async () => {
    await saveSetting('language', 'es');
    await addContact({ ...draft, phones: [...draft.phones] }, []);
    localStorage.setItem('any-key', 'x');
    expect(await deleteAllData()).toEqual({ ok: true, value: undefined });
    expect(await loadSetting('language')).toEqual({ ok: true, value: undefined });
    expect(await listContacts()).toEqual({ ok: true, value: { contacts: [], unreadable: 0 } });
    expect(localStorage.length).toBe(0);
    await closeDB();
  });
});

describe('record codec', () => {
  it('refuses a record in a format this version cannot read', async () => {
    const place = { store: 'settings', key: 'language' };
    await expect(unseal({ codec: 'aes-gcm-9', data: 'x' }, place)).rejects.toMatchObject({
      name: 'DataError',
    });
    await expect(unseal('es', place)).rejects.toMatchObject({ name: 'DataError' });
    expect(await unseal({ codec: 'plain-1', data: { a: 1 } }, place)).toEqual({ a: 1 });
  });
});
