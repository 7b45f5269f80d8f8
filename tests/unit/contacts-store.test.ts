import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addContact,
  deleteContact,
  listContacts,
  moveContact,
  restoreContact,
  updateContact,
  type ContactDraft,
  type SavedContact,
} from '../../src/storage/contacts-store';
import { closeDB, getDB } from '../../src/storage/db';
import { STORES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

const draft = (name: string, phone = '+12135550100'): ContactDraft => ({
  name,
  phones: [phone],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
});

async function saved(): Promise<SavedContact[]> {
  const list = await listContacts();
  if (!list.ok) throw new Error(list.problem);
  return list.value.contacts;
}

async function add(name: string): Promise<SavedContact> {
  const result = await addContact(draft(name), await saved());
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

describe('contacts store', () => {
  useFreshDatabase();
  afterEach(() => vi.restoreAllMocks());

  it('keeps contacts in the order they were added, across a closed database', async () => {
    await add('Ana');
    await add('Beto');
    await closeDB();
    expect((await saved()).map((contact) => contact.name)).toEqual(['Ana', 'Beto']);
  });

  it('stores the name trimmed, and refuses an empty name or a number not in international form', async () => {
    expect((await add('  Ana  ')).name).toBe('Ana');
    expect(await addContact(draft('   '), [])).toEqual({ ok: false, problem: 'invalid' });
    expect(await addContact(draft('Beto', '213 555 0100'), [])).toEqual({ ok: false, problem: 'invalid' });
    expect(await addContact({ ...draft('Beto'), notes: 'x'.repeat(10_000) }, [])).toEqual({
      ok: false,
      problem: 'invalid',
    });
    expect((await saved()).map((contact) => contact.name)).toEqual(['Ana']);
  });

  it('saves an edit based on the newest copy', async () => {
    const ana = await add('Ana');
    const edited = await updateContact({ ...ana, notes: 'Tía' });
    expect(edited).toMatchObject({ ok: true, value: { notes: 'Tía', rev: ana.rev + 1 } });
    expect((await saved())[0]?.notes).toBe('Tía');
  });

  it('refuses an edit based on an outdated copy, and keeps the newer one', async () => {
    const ana = await add('Ana');
    expect((await updateContact({ ...ana, notes: 'first tab' })).ok).toBe(true);
    expect(await updateContact({ ...ana, notes: 'second tab' })).toEqual({ ok: false, problem: 'stale' });
    expect((await saved())[0]?.notes).toBe('first tab');
  });

  it('refuses an edit of a contact deleted meanwhile, rather than bringing it back', async () => {
    const ana = await add('Ana');
    await deleteContact(ana);
    expect(await updateContact({ ...ana, notes: 'late edit' })).toEqual({ ok: false, problem: 'stale' });
    expect(await saved()).toEqual([]);
  });

  it('undo puts a deleted contact back in its place', async () => {
    await add('Ana');
    const beto = await add('Beto');
    await add('Carla');
    expect(await deleteContact(beto)).toEqual({ ok: true, value: undefined });
    expect((await saved()).map((contact) => contact.name)).toEqual(['Ana', 'Carla']);
    expect((await restoreContact(beto)).ok).toBe(true);
    expect((await saved()).map((contact) => contact.name)).toEqual(['Ana', 'Beto', 'Carla']);
  });

  it('moves a contact up the calling order, and refuses a move based on an outdated list', async () => {
    await add('Ana');
    await add('Beto');
    const before = await saved();
    const beto = before[1];
    if (!beto) throw new Error('no Beto');
    expect(await moveContact(before, beto.id, -1)).toEqual({ ok: true, value: undefined });
    expect((await saved()).map((contact) => contact.name)).toEqual(['Beto', 'Ana']);
    expect(await moveContact(before, beto.id, -1)).toEqual({ ok: false, problem: 'stale' });
    expect((await saved()).map((contact) => contact.name)).toEqual(['Beto', 'Ana']);
  });

  it('reports a damaged record instead of hiding it or failing the whole list', async () => {
    await add('Ana');
    const db = await getDB();
    await db.put(STORES.contacts, { rev: 1, body: { codec: 'plain-1', data: { name: 42 } } }, 'broken');
    expect(await listContacts()).toMatchObject({ ok: true, value: { unreadable: 1 } });
    expect((await saved()).map((contact) => contact.name)).toEqual(['Ana']);
  });

  it('reports "quota" when the device is full, and keeps what was saved', async () => {
    const ana = await add('Ana');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await addContact(draft('Beto'), [ana])).toEqual({ ok: false, problem: 'quota' });
    expect(await updateContact({ ...ana, notes: 'x' })).toEqual({ ok: false, problem: 'quota' });
    vi.restoreAllMocks();
    expect(await saved()).toMatchObject([{ name: 'Ana', notes: '' }]);
  });

  it('a failed move changes no contact at all (one transaction)', async () => {
    await add('Ana');
    await add('Beto');
    await add('Carla');
    const before = await saved();
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const carla = before[2];
    if (!carla) throw new Error('no Carla');
    expect(await moveContact(before, carla.id, -1)).toEqual({ ok: false, problem: 'quota' });
    vi.restoreAllMocks();
    expect(await saved()).toEqual(before);
  });

  it('reports "unavailable" where IndexedDB is missing (some private modes)', async () => {
    await closeDB();
    vi.stubGlobal('indexedDB', undefined);
    expect(await listContacts()).toEqual({ ok: false, problem: 'unavailable' });
    expect(await addContact(draft('Ana'), [])).toEqual({ ok: false, problem: 'unavailable' });
    vi.unstubAllGlobals();
  });
});
