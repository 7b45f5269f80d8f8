import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { loadAlerts, recipientsOpenWhileLocked, saveAlert, saveSender } from '../../src/storage/alert-store';
import { NEW_ALERT, type Alert } from '../../src/storage/alert-record';
import { addContact, listContacts, updateContact } from '../../src/storage/contacts-store';
import { getDB } from '../../src/storage/db';
import { lockNow, setLock, unlock } from '../../src/storage/lock-store';
import { loadPlan } from '../../src/storage/plan-store';
import { DB_NAME, DB_VERSION, META, STORES } from '../../src/storage/schema';
import { useFreshDatabase } from './support/fresh-db';

const row = (data: unknown, rev = 1, shape = 1) => ({
  rev,
  shape,
  body: { codec: 'plain-1' as const, data },
});

/** Writes a database exactly as version 6 of the app left it. */
async function version6PhoneWith(rows: Partial<Record<'contacts' | 'plan', Record<string, unknown>>>) {
  const db = await openDB(DB_NAME, 6, {
    upgrade: (old) => {
      for (const store of ['settings', 'contacts', 'practice', 'plan', 'meta']) old.createObjectStore(store);
    },
  });
  await db.put('meta', 'epoch-of-version-6', 'epoch');
  for (const [store, records] of Object.entries(rows)) {
    for (const [key, value] of Object.entries(records)) await db.put(store, value, key);
  }
  db.close();
}

const ROSA = {
  id: 'rosa',
  name: 'Rosa',
  phones: ['+12135550100'],
  role: 'caregiver' as const,
  languages: 'Español',
  notes: '',
  mayPickUpChildren: true,
  order: 0,
};

const HOME: Alert = {
  messages: { en: 'Agents at home. [my name]', es: 'La migra está en la casa. [mi nombre]' },
  usePlanMessage: false,
  recipients: ['rosa'],
};

describe('the alert set-up on the phone', () => {
  useFreshDatabase();

  it('version 6 → 7 adds the alert store and keeps every contact and plan section as it was', async () => {
    const myPlan = {
      skipped: false,
      data: {
        atHome: '',
        atWork: '',
        onStreetOrCar: '',
        callFirst: '',
        memorized: '',
        familyMessage: 'Hola',
      },
    };
    await version6PhoneWith({ contacts: { rosa: row(ROSA, 3, 2) }, plan: { myPlan: row(myPlan, 2) } });
    const db = await getDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...Object.values(STORES), META].sort());
    const contacts = await listContacts();
    expect(contacts.ok && contacts.value.contacts).toEqual([{ ...ROSA, rev: 3 }]);
    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.myPlan).toEqual({ ...myPlan, rev: 2 });
    expect(await loadAlerts()).toEqual({
      ok: true,
      value: { alerts: new Map(), sender: { name: '', rev: undefined }, unreadable: 0 },
    });
  });

  it('saves a situation, and refuses a save based on an older copy', async () => {
    const saved = await saveAlert('home', HOME, undefined);
    expect(saved).toEqual({ ok: true, value: { ...HOME, rev: 1 } });
    const again = await saveAlert('home', { ...HOME, recipients: [] }, undefined);
    expect(again).toEqual({ ok: false, problem: 'stale' });
    const loaded = await loadAlerts();
    expect(loaded.ok && loaded.value.alerts.get('home')).toEqual({ ...HOME, rev: 1 });
  });

  it('refuses a message over the limit or with direction controls, and writes nothing', async () => {
    expect(
      await saveAlert('work', { ...NEW_ALERT, messages: { en: 'a'.repeat(1001), es: '' } }, undefined),
    ).toEqual({ ok: false, problem: 'invalid' });
    expect(
      await saveAlert('work', { ...NEW_ALERT, messages: { en: '\u202Eevil', es: '' } }, undefined),
    ).toEqual({
      ok: false,
      problem: 'invalid',
    });
    const loaded = await loadAlerts();
    expect(loaded.ok && loaded.value.alerts.size).toBe(0);
  });

  it('is sealed with the lock like every personal record: unreadable while locked', async () => {
    await saveAlert('detained', HOME, undefined);
    expect((await setLock('correct horse battery staple', () => undefined)).ok).toBe(true);
    const db = await getDB();
    const onDisk = JSON.stringify(await db.get(STORES.alerts, 'detained'));
    expect(onDisk).not.toContain('La migra');
    lockNow();
    expect(await loadAlerts()).toEqual({ ok: false, problem: 'locked' });
    expect(await saveAlert('safe', NEW_ALERT, undefined)).toEqual({ ok: false, problem: 'locked' });
    await unlock('correct horse battery staple', () => undefined);
    const loaded = await loadAlerts();
    expect(loaded.ok && loaded.value.alerts.get('detained')?.messages).toEqual(HOME.messages);
  });

  it('keeps the name "my name" is filled with, once for every situation', async () => {
    expect(await saveSender({ name: '  Ana Ruiz ' }, undefined)).toEqual({ ok: true, value: 1 });
    await saveAlert('home', HOME, undefined);
    const loaded = await loadAlerts();
    expect(loaded.ok && loaded.value.sender).toEqual({ name: 'Ana Ruiz', rev: 1 });
    expect(loaded.ok && [...loaded.value.alerts.keys()]).toEqual(['home']);
    expect(await saveSender({ name: 'Ana' }, undefined)).toEqual({ ok: false, problem: 'stale' });
  });

  it('gives no recipient while locked until the lock has its list of emergency numbers', async () => {
    expect(await recipientsOpenWhileLocked()).toEqual({ ok: true, value: [] });
  });

  it('keeps a contact’s message language and landline mark, written in contacts shape 4', async () => {
    const added = await addContact({ ...ROSA, messageLanguage: 'es', landline: true }, []);
    if (!added.ok) throw new Error(added.problem);
    expect(added.value).toMatchObject({ messageLanguage: 'es', landline: true });
    const db = await getDB();
    expect(await db.get(STORES.contacts, added.value.id)).toMatchObject({ shape: 4 });
    const edited = await updateContact({ ...added.value, messageLanguage: 'en', landline: false });
    expect(edited.ok && edited.value).toMatchObject({ messageLanguage: 'en', landline: false });
    if (!edited.ok) throw new Error(edited.problem);
    // Shape 4: a whole-app pack language too; not a language of the emergency core (no alert strings).
    const french = await updateContact({ ...edited.value, messageLanguage: 'fr' });
    expect(french.ok && french.value).toMatchObject({ messageLanguage: 'fr' });
    if (!french.ok) throw new Error(french.problem);
    const wrong = await updateContact({ ...french.value, messageLanguage: 'ko' as 'en' });
    expect(wrong).toEqual({ ok: false, problem: 'invalid' });
  });

  it('alerts shape 2: a record written before (English and Spanish only) reads as it was; an own message in a pack language is kept', async () => {
    const db = await getDB();
    await db.put(STORES.alerts, row(HOME, 1, 1), 'home'); // shape 1, as the app wrote it before
    const before = await loadAlerts();
    expect(before.ok && before.value.alerts.get('home')).toEqual({ ...HOME, rev: 1 });
    const french = { ...HOME, messages: { ...HOME.messages, fr: 'Des agents sont chez moi. [mon nom]' } };
    expect(await saveAlert('home', french, 1)).toEqual({ ok: true, value: { ...french, rev: 2 } });
    expect(await db.get(STORES.alerts, 'home')).toMatchObject({ rev: 2, shape: 2 });
    const after = await loadAlerts();
    expect(after.ok && after.value.alerts.get('home')?.messages).toEqual(french.messages);
  });

  it('refuses an own message in a language no pack has alert words for, over the limit, or with direction controls', async () => {
    const wrong: Array<Alert['messages']> = [
      { en: '', es: '', ko: '안녕하세요' } as Alert['messages'],
      { en: '', es: '', vi: 'a'.repeat(1001) },
      { en: '', es: '', ar: '\u202Eمرحبا' },
    ];
    for (const messages of wrong)
      expect(await saveAlert('work', { ...NEW_ALERT, messages }, undefined)).toEqual({
        ok: false,
        problem: 'invalid',
      });
    const loaded = await loadAlerts();
    expect(loaded.ok && loaded.value.alerts.size).toBe(0);
  });
});
